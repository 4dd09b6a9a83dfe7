/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kvm Create Vm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameters of KVM_CREATE_VM (the VM type), for every vendor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.KvmCreateVm#getVmType <em>Vm Type</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getKvmCreateVm()
 * @model
 * @generated
 */
public interface KvmCreateVm extends EObject {
	/**
	 * Returns the value of the '<em><b>Vm Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Machine type argument of KVM_CREATE_VM: KVM_X86_DEFAULT_VM 0, SW_PROTECTED 1, SEV 2, SEV_ES 3, SNP 4, TDX 5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vm Type</em>' attribute.
	 * @see #setVmType(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmCreateVm_VmType()
	 * @model
	 * @generated
	 */
	int getVmType();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmCreateVm#getVmType <em>Vm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm Type</em>' attribute.
	 * @see #getVmType()
	 * @generated
	 */
	void setVmType(int value);

} // KvmCreateVm
