/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevLaunchUpdateData;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Update Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchUpdateDataImpl#getUaddr <em>Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchUpdateDataImpl#getLen <em>Len</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SevLaunchUpdateDataImpl extends MinimalEObjectImpl.Container implements SevLaunchUpdateData {
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
	protected static final int LEN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLen() <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLen()
	 * @generated
	 * @ordered
	 */
	protected int len = LEN_EDEFAULT;

	/**
	 * This is true if the Len attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lenESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SevLaunchUpdateDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SEV_LAUNCH_UPDATE_DATA;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_UPDATE_DATA__UADDR, oldUaddr,
					uaddr, !oldUaddrESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_UPDATE_DATA__UADDR, oldUaddr,
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
	public int getLen() {
		return len;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLen(int newLen) {
		int oldLen = len;
		len = newLen;
		boolean oldLenESet = lenESet;
		lenESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_UPDATE_DATA__LEN, oldLen, len,
					!oldLenESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLen() {
		int oldLen = len;
		boolean oldLenESet = lenESet;
		len = LEN_EDEFAULT;
		lenESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_UPDATE_DATA__LEN, oldLen,
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
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_UPDATE_DATA__UADDR:
			return getUaddr();
		case SevPackage.SEV_LAUNCH_UPDATE_DATA__LEN:
			return getLen();
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
		case SevPackage.SEV_LAUNCH_UPDATE_DATA__UADDR:
			setUaddr((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_UPDATE_DATA__LEN:
			setLen((Integer) newValue);
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
		case SevPackage.SEV_LAUNCH_UPDATE_DATA__UADDR:
			unsetUaddr();
			return;
		case SevPackage.SEV_LAUNCH_UPDATE_DATA__LEN:
			unsetLen();
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
		case SevPackage.SEV_LAUNCH_UPDATE_DATA__UADDR:
			return isSetUaddr();
		case SevPackage.SEV_LAUNCH_UPDATE_DATA__LEN:
			return isSetLen();
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
		result.append(" (uaddr: "); //$NON-NLS-1$
		if (uaddrESet)
			result.append(uaddr);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", len: "); //$NON-NLS-1$
		if (lenESet)
			result.append(len);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SevLaunchUpdateDataImpl
