/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import java.util.Collection;

import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.PageRange;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Guest Memory Region</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.GuestMemoryRegionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.GuestMemoryRegionImpl#getGpa <em>Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.GuestMemoryRegionImpl#getLength <em>Length</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.GuestMemoryRegionImpl#isPrivateMemory <em>Private Memory</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.GuestMemoryRegionImpl#getPages <em>Pages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GuestMemoryRegionImpl extends MinimalEObjectImpl.Container implements GuestMemoryRegion {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected static final long LENGTH_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLength() <em>Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLength()
	 * @generated
	 * @ordered
	 */
	protected long length = LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrivateMemory() <em>Private Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrivateMemory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIVATE_MEMORY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrivateMemory() <em>Private Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrivateMemory()
	 * @generated
	 * @ordered
	 */
	protected boolean privateMemory = PRIVATE_MEMORY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPages() <em>Pages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPages()
	 * @generated
	 * @ordered
	 */
	protected EList<PageRange> pages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GuestMemoryRegionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.GUEST_MEMORY_REGION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GUEST_MEMORY_REGION__NAME, oldName,
					name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GUEST_MEMORY_REGION__GPA, oldGpa, gpa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLength() {
		return length;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLength(long newLength) {
		long oldLength = length;
		length = newLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GUEST_MEMORY_REGION__LENGTH, oldLength,
					length));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrivateMemory() {
		return privateMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrivateMemory(boolean newPrivateMemory) {
		boolean oldPrivateMemory = privateMemory;
		privateMemory = newPrivateMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.GUEST_MEMORY_REGION__PRIVATE_MEMORY,
					oldPrivateMemory, privateMemory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PageRange> getPages() {
		if (pages == null) {
			pages = new EObjectContainmentEList<PageRange>(PageRange.class, this,
					ModelPackage.GUEST_MEMORY_REGION__PAGES);
		}
		return pages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case ModelPackage.GUEST_MEMORY_REGION__PAGES:
			return ((InternalEList<?>) getPages()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case ModelPackage.GUEST_MEMORY_REGION__NAME:
			return getName();
		case ModelPackage.GUEST_MEMORY_REGION__GPA:
			return getGpa();
		case ModelPackage.GUEST_MEMORY_REGION__LENGTH:
			return getLength();
		case ModelPackage.GUEST_MEMORY_REGION__PRIVATE_MEMORY:
			return isPrivateMemory();
		case ModelPackage.GUEST_MEMORY_REGION__PAGES:
			return getPages();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case ModelPackage.GUEST_MEMORY_REGION__NAME:
			setName((String) newValue);
			return;
		case ModelPackage.GUEST_MEMORY_REGION__GPA:
			setGpa((Long) newValue);
			return;
		case ModelPackage.GUEST_MEMORY_REGION__LENGTH:
			setLength((Long) newValue);
			return;
		case ModelPackage.GUEST_MEMORY_REGION__PRIVATE_MEMORY:
			setPrivateMemory((Boolean) newValue);
			return;
		case ModelPackage.GUEST_MEMORY_REGION__PAGES:
			getPages().clear();
			getPages().addAll((Collection<? extends PageRange>) newValue);
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
		case ModelPackage.GUEST_MEMORY_REGION__NAME:
			setName(NAME_EDEFAULT);
			return;
		case ModelPackage.GUEST_MEMORY_REGION__GPA:
			setGpa(GPA_EDEFAULT);
			return;
		case ModelPackage.GUEST_MEMORY_REGION__LENGTH:
			setLength(LENGTH_EDEFAULT);
			return;
		case ModelPackage.GUEST_MEMORY_REGION__PRIVATE_MEMORY:
			setPrivateMemory(PRIVATE_MEMORY_EDEFAULT);
			return;
		case ModelPackage.GUEST_MEMORY_REGION__PAGES:
			getPages().clear();
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
		case ModelPackage.GUEST_MEMORY_REGION__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case ModelPackage.GUEST_MEMORY_REGION__GPA:
			return gpa != GPA_EDEFAULT;
		case ModelPackage.GUEST_MEMORY_REGION__LENGTH:
			return length != LENGTH_EDEFAULT;
		case ModelPackage.GUEST_MEMORY_REGION__PRIVATE_MEMORY:
			return privateMemory != PRIVATE_MEMORY_EDEFAULT;
		case ModelPackage.GUEST_MEMORY_REGION__PAGES:
			return pages != null && !pages.isEmpty();
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", gpa: "); //$NON-NLS-1$
		result.append(gpa);
		result.append(", length: "); //$NON-NLS-1$
		result.append(length);
		result.append(", privateMemory: "); //$NON-NLS-1$
		result.append(privateMemory);
		result.append(')');
		return result.toString();
	}

} //GuestMemoryRegionImpl
