/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Create Vm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameters of KVM_CREATE_VM for a TD.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdxCreateVm#getVmType <em>Vm Type</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxCreateVm()
 * @model
 * @generated
 */
public interface TdxCreateVm extends EObject {
	/**
	 * Returns the value of the '<em><b>Vm Type</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KVM VM type; KVM_X86_TDX_VM = 5.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vm Type</em>' attribute.
	 * @see #setVmType(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxCreateVm_VmType()
	 * @model default="5"
	 * @generated
	 */
	int getVmType();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxCreateVm#getVmType <em>Vm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm Type</em>' attribute.
	 * @see #getVmType()
	 * @generated
	 */
	void setVmType(int value);

} // TdxCreateVm
