/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kvm Create Vcpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameters of KVM_CREATE_VCPU for a plain KVM VM; the vCPU then gets the x86 reset state (QEMU's) through the register ioctls.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.KvmCreateVcpu#getVcpuId <em>Vcpu Id</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getKvmCreateVcpu()
 * @model
 * @generated
 */
public interface KvmCreateVcpu extends EObject {
	/**
	 * Returns the value of the '<em><b>Vcpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vCPU id (APIC id).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Id</em>' attribute.
	 * @see #setVcpuId(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmCreateVcpu_VcpuId()
	 * @model
	 * @generated
	 */
	int getVcpuId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmCreateVcpu#getVcpuId <em>Vcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Id</em>' attribute.
	 * @see #getVcpuId()
	 * @generated
	 */
	void setVcpuId(int value);

} // KvmCreateVcpu
