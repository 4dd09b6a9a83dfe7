/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Register Update</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One extension of a measurement register by a step, with the register value before and after.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.RegisterUpdate#getStepIndex <em>Step Index</em>}</li>
 *   <li>{@link org.cocolaunch.model.RegisterUpdate#getPageGpa <em>Page Gpa</em>}</li>
 *   <li>{@link org.cocolaunch.model.RegisterUpdate#getBefore <em>Before</em>}</li>
 *   <li>{@link org.cocolaunch.model.RegisterUpdate#getAfter <em>After</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getRegisterUpdate()
 * @model
 * @generated
 */
public interface RegisterUpdate extends EObject {
	/**
	 * Returns the value of the '<em><b>Step Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Step Index</em>' attribute.
	 * @see #setStepIndex(int)
	 * @see org.cocolaunch.model.ModelPackage#getRegisterUpdate_StepIndex()
	 * @model
	 * @generated
	 */
	int getStepIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.RegisterUpdate#getStepIndex <em>Step Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Index</em>' attribute.
	 * @see #getStepIndex()
	 * @generated
	 */
	void setStepIndex(int value);

	/**
	 * Returns the value of the '<em><b>Page Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Gpa</em>' attribute.
	 * @see #setPageGpa(long)
	 * @see org.cocolaunch.model.ModelPackage#getRegisterUpdate_PageGpa()
	 * @model
	 * @generated
	 */
	long getPageGpa();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.RegisterUpdate#getPageGpa <em>Page Gpa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Gpa</em>' attribute.
	 * @see #getPageGpa()
	 * @generated
	 */
	void setPageGpa(long value);

	/**
	 * Returns the value of the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Before</em>' attribute.
	 * @see #setBefore(byte[])
	 * @see org.cocolaunch.model.ModelPackage#getRegisterUpdate_Before()
	 * @model
	 * @generated
	 */
	byte[] getBefore();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.RegisterUpdate#getBefore <em>Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Before</em>' attribute.
	 * @see #getBefore()
	 * @generated
	 */
	void setBefore(byte[] value);

	/**
	 * Returns the value of the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>After</em>' attribute.
	 * @see #setAfter(byte[])
	 * @see org.cocolaunch.model.ModelPackage#getRegisterUpdate_After()
	 * @model
	 * @generated
	 */
	byte[] getAfter();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.RegisterUpdate#getAfter <em>After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>After</em>' attribute.
	 * @see #getAfter()
	 * @generated
	 */
	void setAfter(byte[] value);

} // RegisterUpdate
