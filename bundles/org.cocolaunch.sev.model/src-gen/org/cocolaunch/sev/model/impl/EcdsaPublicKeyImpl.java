/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.EcdsaPublicKey;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ecdsa Public Key</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.EcdsaPublicKeyImpl#getCurve <em>Curve</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.EcdsaPublicKeyImpl#getQx <em>Qx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.EcdsaPublicKeyImpl#getQy <em>Qy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EcdsaPublicKeyImpl extends MinimalEObjectImpl.Container implements EcdsaPublicKey {
	/**
	 * The default value of the '{@link #getCurve() <em>Curve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurve()
	 * @generated
	 * @ordered
	 */
	protected static final int CURVE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCurve() <em>Curve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurve()
	 * @generated
	 * @ordered
	 */
	protected int curve = CURVE_EDEFAULT;

	/**
	 * This is true if the Curve attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean curveESet;

	/**
	 * The default value of the '{@link #getQx() <em>Qx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQx()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] QX_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQx() <em>Qx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQx()
	 * @generated
	 * @ordered
	 */
	protected byte[] qx = QX_EDEFAULT;

	/**
	 * This is true if the Qx attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean qxESet;

	/**
	 * The default value of the '{@link #getQy() <em>Qy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQy()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] QY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQy() <em>Qy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQy()
	 * @generated
	 * @ordered
	 */
	protected byte[] qy = QY_EDEFAULT;

	/**
	 * This is true if the Qy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean qyESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EcdsaPublicKeyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.ECDSA_PUBLIC_KEY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCurve() {
		return curve;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurve(int newCurve) {
		int oldCurve = curve;
		curve = newCurve;
		boolean oldCurveESet = curveESet;
		curveESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.ECDSA_PUBLIC_KEY__CURVE, oldCurve, curve,
					!oldCurveESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCurve() {
		int oldCurve = curve;
		boolean oldCurveESet = curveESet;
		curve = CURVE_EDEFAULT;
		curveESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.ECDSA_PUBLIC_KEY__CURVE, oldCurve,
					CURVE_EDEFAULT, oldCurveESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCurve() {
		return curveESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getQx() {
		return qx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQx(byte[] newQx) {
		byte[] oldQx = qx;
		qx = newQx;
		boolean oldQxESet = qxESet;
		qxESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.ECDSA_PUBLIC_KEY__QX, oldQx, qx,
					!oldQxESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetQx() {
		byte[] oldQx = qx;
		boolean oldQxESet = qxESet;
		qx = QX_EDEFAULT;
		qxESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.ECDSA_PUBLIC_KEY__QX, oldQx, QX_EDEFAULT,
					oldQxESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetQx() {
		return qxESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getQy() {
		return qy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQy(byte[] newQy) {
		byte[] oldQy = qy;
		qy = newQy;
		boolean oldQyESet = qyESet;
		qyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.ECDSA_PUBLIC_KEY__QY, oldQy, qy,
					!oldQyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetQy() {
		byte[] oldQy = qy;
		boolean oldQyESet = qyESet;
		qy = QY_EDEFAULT;
		qyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.ECDSA_PUBLIC_KEY__QY, oldQy, QY_EDEFAULT,
					oldQyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetQy() {
		return qyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.ECDSA_PUBLIC_KEY__CURVE:
			return getCurve();
		case SevPackage.ECDSA_PUBLIC_KEY__QX:
			return getQx();
		case SevPackage.ECDSA_PUBLIC_KEY__QY:
			return getQy();
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
		case SevPackage.ECDSA_PUBLIC_KEY__CURVE:
			setCurve((Integer) newValue);
			return;
		case SevPackage.ECDSA_PUBLIC_KEY__QX:
			setQx((byte[]) newValue);
			return;
		case SevPackage.ECDSA_PUBLIC_KEY__QY:
			setQy((byte[]) newValue);
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
		case SevPackage.ECDSA_PUBLIC_KEY__CURVE:
			unsetCurve();
			return;
		case SevPackage.ECDSA_PUBLIC_KEY__QX:
			unsetQx();
			return;
		case SevPackage.ECDSA_PUBLIC_KEY__QY:
			unsetQy();
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
		case SevPackage.ECDSA_PUBLIC_KEY__CURVE:
			return isSetCurve();
		case SevPackage.ECDSA_PUBLIC_KEY__QX:
			return isSetQx();
		case SevPackage.ECDSA_PUBLIC_KEY__QY:
			return isSetQy();
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
		result.append(" (curve: "); //$NON-NLS-1$
		if (curveESet)
			result.append(curve);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", qx: "); //$NON-NLS-1$
		if (qxESet)
			result.append(qx);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", qy: "); //$NON-NLS-1$
		if (qyESet)
			result.append(qy);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //EcdsaPublicKeyImpl
