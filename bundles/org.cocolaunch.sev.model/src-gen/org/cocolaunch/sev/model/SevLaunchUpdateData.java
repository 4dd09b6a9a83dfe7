/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Update Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_sev_launch_update_data (16 bytes); the bytes are the step's page range.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getUaddr <em>Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getLen <em>Len</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchUpdateData()
 * @model
 * @generated
 */
public interface SevLaunchUpdateData extends EObject {
	/**
	 * Returns the value of the '<em><b>Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User address of the data (u64, offset 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uaddr</em>' attribute.
	 * @see #isSetUaddr()
	 * @see #unsetUaddr()
	 * @see #setUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchUpdateData_Uaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getUaddr <em>Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uaddr</em>' attribute.
	 * @see #isSetUaddr()
	 * @see #unsetUaddr()
	 * @see #getUaddr()
	 * @generated
	 */
	void setUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getUaddr <em>Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUaddr()
	 * @see #getUaddr()
	 * @see #setUaddr(long)
	 * @generated
	 */
	void unsetUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getUaddr <em>Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Uaddr</em>' attribute is set.
	 * @see #unsetUaddr()
	 * @see #getUaddr()
	 * @see #setUaddr(long)
	 * @generated
	 */
	boolean isSetUaddr();

	/**
	 * Returns the value of the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length in bytes (u32, offset 8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Len</em>' attribute.
	 * @see #isSetLen()
	 * @see #unsetLen()
	 * @see #setLen(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchUpdateData_Len()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLen();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getLen <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Len</em>' attribute.
	 * @see #isSetLen()
	 * @see #unsetLen()
	 * @see #getLen()
	 * @generated
	 */
	void setLen(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getLen <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLen()
	 * @see #getLen()
	 * @see #setLen(int)
	 * @generated
	 */
	void unsetLen();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getLen <em>Len</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Len</em>' attribute is set.
	 * @see #unsetLen()
	 * @see #getLen()
	 * @see #setLen(int)
	 * @generated
	 */
	boolean isSetLen();

} // SevLaunchUpdateData
