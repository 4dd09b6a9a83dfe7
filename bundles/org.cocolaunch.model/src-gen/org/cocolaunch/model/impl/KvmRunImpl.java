/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import org.cocolaunch.model.KvmRun;
import org.cocolaunch.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kvm Run</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.KvmRunImpl#getVcpuId <em>Vcpu Id</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmRunImpl#getExits <em>Exits</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KvmRunImpl extends MinimalEObjectImpl.Container implements KvmRun {
	/**
	 * The default value of the '{@link #getVcpuId() <em>Vcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuId()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPU_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVcpuId() <em>Vcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuId()
	 * @generated
	 * @ordered
	 */
	protected int vcpuId = VCPU_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getExits() <em>Exits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExits()
	 * @generated
	 * @ordered
	 */
	protected static final int EXITS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getExits() <em>Exits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExits()
	 * @generated
	 * @ordered
	 */
	protected int exits = EXITS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KvmRunImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.KVM_RUN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpuId() {
		return vcpuId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpuId(int newVcpuId) {
		int oldVcpuId = vcpuId;
		vcpuId = newVcpuId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_RUN__VCPU_ID, oldVcpuId, vcpuId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExits() {
		return exits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExits(int newExits) {
		int oldExits = exits;
		exits = newExits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_RUN__EXITS, oldExits, exits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case ModelPackage.KVM_RUN__VCPU_ID:
			return getVcpuId();
		case ModelPackage.KVM_RUN__EXITS:
			return getExits();
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
		case ModelPackage.KVM_RUN__VCPU_ID:
			setVcpuId((Integer) newValue);
			return;
		case ModelPackage.KVM_RUN__EXITS:
			setExits((Integer) newValue);
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
		case ModelPackage.KVM_RUN__VCPU_ID:
			setVcpuId(VCPU_ID_EDEFAULT);
			return;
		case ModelPackage.KVM_RUN__EXITS:
			setExits(EXITS_EDEFAULT);
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
		case ModelPackage.KVM_RUN__VCPU_ID:
			return vcpuId != VCPU_ID_EDEFAULT;
		case ModelPackage.KVM_RUN__EXITS:
			return exits != EXITS_EDEFAULT;
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
		result.append(" (vcpuId: "); //$NON-NLS-1$
		result.append(vcpuId);
		result.append(", exits: "); //$NON-NLS-1$
		result.append(exits);
		result.append(')');
		return result.toString();
	}

} //KvmRunImpl
