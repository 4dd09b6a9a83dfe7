/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ecdsa Signature</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * AMD ECDSA signature format (512 bytes): R and S, little-endian, zero-padded to 72 bytes each.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.EcdsaSignature#getR <em>R</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.EcdsaSignature#getS <em>S</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getEcdsaSignature()
 * @model
 * @generated
 */
public interface EcdsaSignature extends EObject {
	/**
	 * Returns the value of the '<em><b>R</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R (u8[72], offset 0, little-endian).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R</em>' attribute.
	 * @see #isSetR()
	 * @see #unsetR()
	 * @see #setR(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getEcdsaSignature_R()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getR();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.EcdsaSignature#getR <em>R</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R</em>' attribute.
	 * @see #isSetR()
	 * @see #unsetR()
	 * @see #getR()
	 * @generated
	 */
	void setR(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.EcdsaSignature#getR <em>R</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetR()
	 * @see #getR()
	 * @see #setR(byte[])
	 * @generated
	 */
	void unsetR();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.EcdsaSignature#getR <em>R</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>R</em>' attribute is set.
	 * @see #unsetR()
	 * @see #getR()
	 * @see #setR(byte[])
	 * @generated
	 */
	boolean isSetR();

	/**
	 * Returns the value of the '<em><b>S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * S (u8[72], offset 0x48, little-endian).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>S</em>' attribute.
	 * @see #isSetS()
	 * @see #unsetS()
	 * @see #setS(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getEcdsaSignature_S()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getS();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.EcdsaSignature#getS <em>S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>S</em>' attribute.
	 * @see #isSetS()
	 * @see #unsetS()
	 * @see #getS()
	 * @generated
	 */
	void setS(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.EcdsaSignature#getS <em>S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetS()
	 * @see #getS()
	 * @see #setS(byte[])
	 * @generated
	 */
	void unsetS();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.EcdsaSignature#getS <em>S</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>S</em>' attribute is set.
	 * @see #unsetS()
	 * @see #getS()
	 * @see #setS(byte[])
	 * @generated
	 */
	boolean isSetS();

} // EcdsaSignature
