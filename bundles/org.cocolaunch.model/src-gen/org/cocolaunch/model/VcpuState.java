/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vcpu State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual CPU of the guest; the vendor-specific register state (for example a VMSA or TD vCPU state) is contained as an arbitrary object.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.VcpuState#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cocolaunch.model.VcpuState#getApicId <em>Apic Id</em>}</li>
 *   <li>{@link org.cocolaunch.model.VcpuState#getDescription <em>Description</em>}</li>
 *   <li>{@link org.cocolaunch.model.VcpuState#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getVcpuState()
 * @model
 * @generated
 */
public interface VcpuState extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.cocolaunch.model.ModelPackage#getVcpuState_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.VcpuState#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Apic Id</em>' attribute.
	 * @see #setApicId(int)
	 * @see org.cocolaunch.model.ModelPackage#getVcpuState_ApicId()
	 * @model
	 * @generated
	 */
	int getApicId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.VcpuState#getApicId <em>Apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Apic Id</em>' attribute.
	 * @see #getApicId()
	 * @generated
	 */
	void setApicId(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.cocolaunch.model.ModelPackage#getVcpuState_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.VcpuState#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' containment reference.
	 * @see #setState(EObject)
	 * @see org.cocolaunch.model.ModelPackage#getVcpuState_State()
	 * @model containment="true"
	 * @generated
	 */
	EObject getState();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.VcpuState#getState <em>State</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' containment reference.
	 * @see #getState()
	 * @generated
	 */
	void setState(EObject value);

} // VcpuState
