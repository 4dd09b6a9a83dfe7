/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kvm Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameters of a run step: KVM_RUN on one vCPU until the given number of exits.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.KvmRun#getVcpuId <em>Vcpu Id</em>}</li>
 *   <li>{@link org.cocolaunch.model.KvmRun#getExits <em>Exits</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getKvmRun()
 * @model
 * @generated
 */
public interface KvmRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Vcpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The vCPU to run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Id</em>' attribute.
	 * @see #setVcpuId(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmRun_VcpuId()
	 * @model
	 * @generated
	 */
	int getVcpuId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmRun#getVcpuId <em>Vcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Id</em>' attribute.
	 * @see #getVcpuId()
	 * @generated
	 */
	void setVcpuId(int value);

	/**
	 * Returns the value of the '<em><b>Exits</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many exits to run to (each exit is decoded into the step result); at least 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exits</em>' attribute.
	 * @see #setExits(int)
	 * @see org.cocolaunch.model.ModelPackage#getKvmRun_Exits()
	 * @model default="1"
	 * @generated
	 */
	int getExits();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.KvmRun#getExits <em>Exits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exits</em>' attribute.
	 * @see #getExits()
	 * @generated
	 */
	void setExits(int value);

} // KvmRun
