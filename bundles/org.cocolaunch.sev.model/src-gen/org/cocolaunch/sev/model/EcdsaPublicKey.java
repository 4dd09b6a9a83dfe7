/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ecdsa Public Key</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * AMD public-key format (1028 bytes): curve and the point's coordinates, little-endian, zero-padded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.EcdsaPublicKey#getCurve <em>Curve</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQx <em>Qx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQy <em>Qy</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getEcdsaPublicKey()
 * @model
 * @generated
 */
public interface EcdsaPublicKey extends EObject {
	/**
	 * Returns the value of the '<em><b>Curve</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Curve (u32, offset 0); 2 = P-384.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Curve</em>' attribute.
	 * @see #isSetCurve()
	 * @see #unsetCurve()
	 * @see #setCurve(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getEcdsaPublicKey_Curve()
	 * @model unsettable="true"
	 * @generated
	 */
	int getCurve();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getCurve <em>Curve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Curve</em>' attribute.
	 * @see #isSetCurve()
	 * @see #unsetCurve()
	 * @see #getCurve()
	 * @generated
	 */
	void setCurve(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getCurve <em>Curve</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCurve()
	 * @see #getCurve()
	 * @see #setCurve(int)
	 * @generated
	 */
	void unsetCurve();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getCurve <em>Curve</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Curve</em>' attribute is set.
	 * @see #unsetCurve()
	 * @see #getCurve()
	 * @see #setCurve(int)
	 * @generated
	 */
	boolean isSetCurve();

	/**
	 * Returns the value of the '<em><b>Qx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X coordinate (u8[72], offset 4, little-endian).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qx</em>' attribute.
	 * @see #isSetQx()
	 * @see #unsetQx()
	 * @see #setQx(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getEcdsaPublicKey_Qx()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getQx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQx <em>Qx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qx</em>' attribute.
	 * @see #isSetQx()
	 * @see #unsetQx()
	 * @see #getQx()
	 * @generated
	 */
	void setQx(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQx <em>Qx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetQx()
	 * @see #getQx()
	 * @see #setQx(byte[])
	 * @generated
	 */
	void unsetQx();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQx <em>Qx</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Qx</em>' attribute is set.
	 * @see #unsetQx()
	 * @see #getQx()
	 * @see #setQx(byte[])
	 * @generated
	 */
	boolean isSetQx();

	/**
	 * Returns the value of the '<em><b>Qy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Y coordinate (u8[72], offset 0x4C, little-endian).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qy</em>' attribute.
	 * @see #isSetQy()
	 * @see #unsetQy()
	 * @see #setQy(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getEcdsaPublicKey_Qy()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getQy();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQy <em>Qy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qy</em>' attribute.
	 * @see #isSetQy()
	 * @see #unsetQy()
	 * @see #getQy()
	 * @generated
	 */
	void setQy(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQy <em>Qy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetQy()
	 * @see #getQy()
	 * @see #setQy(byte[])
	 * @generated
	 */
	void unsetQy();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQy <em>Qy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Qy</em>' attribute is set.
	 * @see #unsetQy()
	 * @see #getQy()
	 * @see #setQy(byte[])
	 * @generated
	 */
	boolean isSetQy();

} // EcdsaPublicKey
