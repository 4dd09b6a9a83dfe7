/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measurement Register</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurement register (launch digest, MRTD, RTMR, ...) with its width, current value and update history.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.MeasurementRegister#getName <em>Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.MeasurementRegister#getWidthBits <em>Width Bits</em>}</li>
 *   <li>{@link org.cocolaunch.model.MeasurementRegister#getValue <em>Value</em>}</li>
 *   <li>{@link org.cocolaunch.model.MeasurementRegister#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.model.ModelPackage#getMeasurementRegister()
 * @model
 * @generated
 */
public interface MeasurementRegister extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.cocolaunch.model.ModelPackage#getMeasurementRegister_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.MeasurementRegister#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Width Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width Bits</em>' attribute.
	 * @see #setWidthBits(int)
	 * @see org.cocolaunch.model.ModelPackage#getMeasurementRegister_WidthBits()
	 * @model
	 * @generated
	 */
	int getWidthBits();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.MeasurementRegister#getWidthBits <em>Width Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width Bits</em>' attribute.
	 * @see #getWidthBits()
	 * @generated
	 */
	void setWidthBits(int value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(byte[])
	 * @see org.cocolaunch.model.ModelPackage#getMeasurementRegister_Value()
	 * @model
	 * @generated
	 */
	byte[] getValue();

	/**
	 * Sets the value of the '{@link org.cocolaunch.model.MeasurementRegister#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(byte[] value);

	/**
	 * Returns the value of the '<em><b>History</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.model.RegisterUpdate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>History</em>' containment reference list.
	 * @see org.cocolaunch.model.ModelPackage#getMeasurementRegister_History()
	 * @model containment="true"
	 * @generated
	 */
	EList<RegisterUpdate> getHistory();

} // MeasurementRegister
