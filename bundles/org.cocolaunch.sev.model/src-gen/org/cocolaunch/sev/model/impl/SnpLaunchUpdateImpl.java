/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import java.util.Collection;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SnpCpuidFunction;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;

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
 * An implementation of the model object '<em><b>Snp Launch Update</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl#getGfnStart <em>Gfn Start</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl#getUaddr <em>Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl#getLen <em>Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl#getCpuidFunctions <em>Cpuid Functions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnpLaunchUpdateImpl extends MinimalEObjectImpl.Container implements SnpLaunchUpdate {
	/**
	 * The default value of the '{@link #getGfnStart() <em>Gfn Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGfnStart()
	 * @generated
	 * @ordered
	 */
	protected static final long GFN_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGfnStart() <em>Gfn Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGfnStart()
	 * @generated
	 * @ordered
	 */
	protected long gfnStart = GFN_START_EDEFAULT;

	/**
	 * This is true if the Gfn Start attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean gfnStartESet;

	/**
	 * The default value of the '{@link #getUaddr() <em>Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUaddr()
	 * @generated
	 * @ordered
	 */
	protected static final long UADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUaddr() <em>Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUaddr()
	 * @generated
	 * @ordered
	 */
	protected long uaddr = UADDR_EDEFAULT;

	/**
	 * This is true if the Uaddr attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean uaddrESet;

	/**
	 * The default value of the '{@link #getLen() <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLen()
	 * @generated
	 * @ordered
	 */
	protected static final long LEN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLen() <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLen()
	 * @generated
	 * @ordered
	 */
	protected long len = LEN_EDEFAULT;

	/**
	 * This is true if the Len attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lenESet;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final SnpPageType TYPE_EDEFAULT = SnpPageType.INVALID;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected SnpPageType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * This is true if the Flags attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean flagsESet;

	/**
	 * The cached value of the '{@link #getCpuidFunctions() <em>Cpuid Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuidFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<SnpCpuidFunction> cpuidFunctions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnpLaunchUpdateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SNP_LAUNCH_UPDATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGfnStart() {
		return gfnStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGfnStart(long newGfnStart) {
		long oldGfnStart = gfnStart;
		gfnStart = newGfnStart;
		boolean oldGfnStartESet = gfnStartESet;
		gfnStartESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_UPDATE__GFN_START, oldGfnStart,
					gfnStart, !oldGfnStartESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGfnStart() {
		long oldGfnStart = gfnStart;
		boolean oldGfnStartESet = gfnStartESet;
		gfnStart = GFN_START_EDEFAULT;
		gfnStartESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_UPDATE__GFN_START,
					oldGfnStart, GFN_START_EDEFAULT, oldGfnStartESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGfnStart() {
		return gfnStartESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUaddr() {
		return uaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUaddr(long newUaddr) {
		long oldUaddr = uaddr;
		uaddr = newUaddr;
		boolean oldUaddrESet = uaddrESet;
		uaddrESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_UPDATE__UADDR, oldUaddr, uaddr,
					!oldUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUaddr() {
		long oldUaddr = uaddr;
		boolean oldUaddrESet = uaddrESet;
		uaddr = UADDR_EDEFAULT;
		uaddrESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_UPDATE__UADDR, oldUaddr,
					UADDR_EDEFAULT, oldUaddrESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUaddr() {
		return uaddrESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLen() {
		return len;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLen(long newLen) {
		long oldLen = len;
		len = newLen;
		boolean oldLenESet = lenESet;
		lenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_UPDATE__LEN, oldLen, len,
					!oldLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLen() {
		long oldLen = len;
		boolean oldLenESet = lenESet;
		len = LEN_EDEFAULT;
		lenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_UPDATE__LEN, oldLen,
					LEN_EDEFAULT, oldLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLen() {
		return lenESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpPageType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(SnpPageType newType) {
		SnpPageType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_UPDATE__TYPE, oldType, type,
					!oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		SnpPageType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_UPDATE__TYPE, oldType,
					TYPE_EDEFAULT, oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetType() {
		return typeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		boolean oldFlagsESet = flagsESet;
		flagsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_LAUNCH_UPDATE__FLAGS, oldFlags, flags,
					!oldFlagsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFlags() {
		int oldFlags = flags;
		boolean oldFlagsESet = flagsESet;
		flags = FLAGS_EDEFAULT;
		flagsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_LAUNCH_UPDATE__FLAGS, oldFlags,
					FLAGS_EDEFAULT, oldFlagsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFlags() {
		return flagsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SnpCpuidFunction> getCpuidFunctions() {
		if (cpuidFunctions == null) {
			cpuidFunctions = new EObjectContainmentEList<SnpCpuidFunction>(SnpCpuidFunction.class, this,
					SevPackage.SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS);
		}
		return cpuidFunctions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case SevPackage.SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS:
			return ((InternalEList<?>) getCpuidFunctions()).basicRemove(otherEnd, msgs);
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
		case SevPackage.SNP_LAUNCH_UPDATE__GFN_START:
			return getGfnStart();
		case SevPackage.SNP_LAUNCH_UPDATE__UADDR:
			return getUaddr();
		case SevPackage.SNP_LAUNCH_UPDATE__LEN:
			return getLen();
		case SevPackage.SNP_LAUNCH_UPDATE__TYPE:
			return getType();
		case SevPackage.SNP_LAUNCH_UPDATE__FLAGS:
			return getFlags();
		case SevPackage.SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS:
			return getCpuidFunctions();
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
		case SevPackage.SNP_LAUNCH_UPDATE__GFN_START:
			setGfnStart((Long) newValue);
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__UADDR:
			setUaddr((Long) newValue);
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__LEN:
			setLen((Long) newValue);
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__TYPE:
			setType((SnpPageType) newValue);
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__FLAGS:
			setFlags((Integer) newValue);
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS:
			getCpuidFunctions().clear();
			getCpuidFunctions().addAll((Collection<? extends SnpCpuidFunction>) newValue);
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
		case SevPackage.SNP_LAUNCH_UPDATE__GFN_START:
			unsetGfnStart();
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__UADDR:
			unsetUaddr();
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__LEN:
			unsetLen();
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__TYPE:
			unsetType();
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__FLAGS:
			unsetFlags();
			return;
		case SevPackage.SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS:
			getCpuidFunctions().clear();
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
		case SevPackage.SNP_LAUNCH_UPDATE__GFN_START:
			return isSetGfnStart();
		case SevPackage.SNP_LAUNCH_UPDATE__UADDR:
			return isSetUaddr();
		case SevPackage.SNP_LAUNCH_UPDATE__LEN:
			return isSetLen();
		case SevPackage.SNP_LAUNCH_UPDATE__TYPE:
			return isSetType();
		case SevPackage.SNP_LAUNCH_UPDATE__FLAGS:
			return isSetFlags();
		case SevPackage.SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS:
			return cpuidFunctions != null && !cpuidFunctions.isEmpty();
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
		result.append(" (gfnStart: "); //$NON-NLS-1$
		if (gfnStartESet)
			result.append(gfnStart);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", uaddr: "); //$NON-NLS-1$
		if (uaddrESet)
			result.append(uaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", len: "); //$NON-NLS-1$
		if (lenESet)
			result.append(len);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", type: "); //$NON-NLS-1$
		if (typeESet)
			result.append(type);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", flags: "); //$NON-NLS-1$
		if (flagsESet)
			result.append(flags);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SnpLaunchUpdateImpl
