/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import org.cocolaunch.model.KvmSetMemoryRegion;
import org.cocolaunch.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kvm Set Memory Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.KvmSetMemoryRegionImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmSetMemoryRegionImpl#getGpa <em>Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmSetMemoryRegionImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmSetMemoryRegionImpl#isBelowFourGiB <em>Below Four Gi B</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmSetMemoryRegionImpl#isReadOnly <em>Read Only</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmSetMemoryRegionImpl#isGuestMemfd <em>Guest Memfd</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KvmSetMemoryRegionImpl extends MinimalEObjectImpl.Container implements KvmSetMemoryRegion {
	/**
	 * The default value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected static final int SLOT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected int slot = SLOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getGpa() <em>Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpa()
	 * @generated
	 * @ordered
	 */
	protected static final long GPA_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGpa() <em>Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpa()
	 * @generated
	 * @ordered
	 */
	protected long gpa = GPA_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final long SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected long size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #isBelowFourGiB() <em>Below Four Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBelowFourGiB()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BELOW_FOUR_GI_B_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isBelowFourGiB() <em>Below Four Gi B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBelowFourGiB()
	 * @generated
	 * @ordered
	 */
	protected boolean belowFourGiB = BELOW_FOUR_GI_B_EDEFAULT;

	/**
	 * The default value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean READ_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isReadOnly() <em>Read Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isReadOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean readOnly = READ_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #isGuestMemfd() <em>Guest Memfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGuestMemfd()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GUEST_MEMFD_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGuestMemfd() <em>Guest Memfd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGuestMemfd()
	 * @generated
	 * @ordered
	 */
	protected boolean guestMemfd = GUEST_MEMFD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KvmSetMemoryRegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.KVM_SET_MEMORY_REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlot() {
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(int newSlot) {
		int oldSlot = slot;
		slot = newSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_SET_MEMORY_REGION__SLOT, oldSlot,
					slot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGpa() {
		return gpa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpa(long newGpa) {
		long oldGpa = gpa;
		gpa = newGpa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_SET_MEMORY_REGION__GPA, oldGpa,
					gpa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(long newSize) {
		long oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_SET_MEMORY_REGION__SIZE, oldSize,
					size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBelowFourGiB() {
		return belowFourGiB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBelowFourGiB(boolean newBelowFourGiB) {
		boolean oldBelowFourGiB = belowFourGiB;
		belowFourGiB = newBelowFourGiB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_SET_MEMORY_REGION__BELOW_FOUR_GI_B,
					oldBelowFourGiB, belowFourGiB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isReadOnly() {
		return readOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadOnly(boolean newReadOnly) {
		boolean oldReadOnly = readOnly;
		readOnly = newReadOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_SET_MEMORY_REGION__READ_ONLY,
					oldReadOnly, readOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGuestMemfd() {
		return guestMemfd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestMemfd(boolean newGuestMemfd) {
		boolean oldGuestMemfd = guestMemfd;
		guestMemfd = newGuestMemfd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_SET_MEMORY_REGION__GUEST_MEMFD,
					oldGuestMemfd, guestMemfd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case ModelPackage.KVM_SET_MEMORY_REGION__SLOT:
			return getSlot();
		case ModelPackage.KVM_SET_MEMORY_REGION__GPA:
			return getGpa();
		case ModelPackage.KVM_SET_MEMORY_REGION__SIZE:
			return getSize();
		case ModelPackage.KVM_SET_MEMORY_REGION__BELOW_FOUR_GI_B:
			return isBelowFourGiB();
		case ModelPackage.KVM_SET_MEMORY_REGION__READ_ONLY:
			return isReadOnly();
		case ModelPackage.KVM_SET_MEMORY_REGION__GUEST_MEMFD:
			return isGuestMemfd();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case ModelPackage.KVM_SET_MEMORY_REGION__SLOT:
			setSlot((Integer) newValue);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__GPA:
			setGpa((Long) newValue);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__SIZE:
			setSize((Long) newValue);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__BELOW_FOUR_GI_B:
			setBelowFourGiB((Boolean) newValue);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__READ_ONLY:
			setReadOnly((Boolean) newValue);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__GUEST_MEMFD:
			setGuestMemfd((Boolean) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case ModelPackage.KVM_SET_MEMORY_REGION__SLOT:
			setSlot(SLOT_EDEFAULT);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__GPA:
			setGpa(GPA_EDEFAULT);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__SIZE:
			setSize(SIZE_EDEFAULT);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__BELOW_FOUR_GI_B:
			setBelowFourGiB(BELOW_FOUR_GI_B_EDEFAULT);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__READ_ONLY:
			setReadOnly(READ_ONLY_EDEFAULT);
			return;
		case ModelPackage.KVM_SET_MEMORY_REGION__GUEST_MEMFD:
			setGuestMemfd(GUEST_MEMFD_EDEFAULT);
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case ModelPackage.KVM_SET_MEMORY_REGION__SLOT:
			return slot != SLOT_EDEFAULT;
		case ModelPackage.KVM_SET_MEMORY_REGION__GPA:
			return gpa != GPA_EDEFAULT;
		case ModelPackage.KVM_SET_MEMORY_REGION__SIZE:
			return size != SIZE_EDEFAULT;
		case ModelPackage.KVM_SET_MEMORY_REGION__BELOW_FOUR_GI_B:
			return belowFourGiB != BELOW_FOUR_GI_B_EDEFAULT;
		case ModelPackage.KVM_SET_MEMORY_REGION__READ_ONLY:
			return readOnly != READ_ONLY_EDEFAULT;
		case ModelPackage.KVM_SET_MEMORY_REGION__GUEST_MEMFD:
			return guestMemfd != GUEST_MEMFD_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (slot: "); //$NON-NLS-1$
		result.append(slot);
		result.append(", gpa: "); //$NON-NLS-1$
		result.append(gpa);
		result.append(", size: "); //$NON-NLS-1$
		result.append(size);
		result.append(", belowFourGiB: "); //$NON-NLS-1$
		result.append(belowFourGiB);
		result.append(", readOnly: "); //$NON-NLS-1$
		result.append(readOnly);
		result.append(", guestMemfd: "); //$NON-NLS-1$
		result.append(guestMemfd);
		result.append(')');
		return result.toString();
	}

} //KvmSetMemoryRegionImpl
