/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevLaunchUpdateVmsa;
import org.cocolaunch.sev.model.SevPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Update Vmsa</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchUpdateVmsaImpl#getVcpuCount <em>Vcpu Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SevLaunchUpdateVmsaImpl extends MinimalEObjectImpl.Container implements SevLaunchUpdateVmsa {
	/**
	 * The default value of the '{@link #getVcpuCount() <em>Vcpu Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuCount()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPU_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVcpuCount() <em>Vcpu Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuCount()
	 * @generated
	 * @ordered
	 */
	protected int vcpuCount = VCPU_COUNT_EDEFAULT;

	/**
	 * This is true if the Vcpu Count attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean vcpuCountESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SevLaunchUpdateVmsaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SEV_LAUNCH_UPDATE_VMSA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpuCount() {
		return vcpuCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpuCount(int newVcpuCount) {
		int oldVcpuCount = vcpuCount;
		vcpuCount = newVcpuCount;
		boolean oldVcpuCountESet = vcpuCountESet;
		vcpuCountESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT,
					oldVcpuCount, vcpuCount, !oldVcpuCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVcpuCount() {
		int oldVcpuCount = vcpuCount;
		boolean oldVcpuCountESet = vcpuCountESet;
		vcpuCount = VCPU_COUNT_EDEFAULT;
		vcpuCountESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT,
					oldVcpuCount, VCPU_COUNT_EDEFAULT, oldVcpuCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVcpuCount() {
		return vcpuCountESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT:
			return getVcpuCount();
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
		case SevPackage.SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT:
			setVcpuCount((Integer) newValue);
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
		case SevPackage.SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT:
			unsetVcpuCount();
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
		case SevPackage.SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT:
			return isSetVcpuCount();
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
		result.append(" (vcpuCount: "); //$NON-NLS-1$
		if (vcpuCountESet)
			result.append(vcpuCount);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SevLaunchUpdateVmsaImpl
