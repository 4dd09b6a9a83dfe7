/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snp Id Auth</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * SNP ID authentication information structure (4096 bytes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKeyAlgo <em>Id Key Algo</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdAuth#getAuthKeyAlgo <em>Auth Key Algo</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdAuth#getIdBlockSig <em>Id Block Sig</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKey <em>Id Key</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKeySig <em>Id Key Sig</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpIdAuth#getAuthorKey <em>Author Key</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdAuth()
 * @model
 * @generated
 */
public interface SnpIdAuth extends EObject {
	/**
	 * Returns the value of the '<em><b>Id Key Algo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ID key algorithm (u32, 0x000); 1 = ECDSA P-384 with SHA-384.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Key Algo</em>' attribute.
	 * @see #isSetIdKeyAlgo()
	 * @see #unsetIdKeyAlgo()
	 * @see #setIdKeyAlgo(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdAuth_IdKeyAlgo()
	 * @model unsettable="true"
	 * @generated
	 */
	int getIdKeyAlgo();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKeyAlgo <em>Id Key Algo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Key Algo</em>' attribute.
	 * @see #isSetIdKeyAlgo()
	 * @see #unsetIdKeyAlgo()
	 * @see #getIdKeyAlgo()
	 * @generated
	 */
	void setIdKeyAlgo(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKeyAlgo <em>Id Key Algo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIdKeyAlgo()
	 * @see #getIdKeyAlgo()
	 * @see #setIdKeyAlgo(int)
	 * @generated
	 */
	void unsetIdKeyAlgo();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKeyAlgo <em>Id Key Algo</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Id Key Algo</em>' attribute is set.
	 * @see #unsetIdKeyAlgo()
	 * @see #getIdKeyAlgo()
	 * @see #setIdKeyAlgo(int)
	 * @generated
	 */
	boolean isSetIdKeyAlgo();

	/**
	 * Returns the value of the '<em><b>Auth Key Algo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Author key algorithm (u32, 0x004).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auth Key Algo</em>' attribute.
	 * @see #isSetAuthKeyAlgo()
	 * @see #unsetAuthKeyAlgo()
	 * @see #setAuthKeyAlgo(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdAuth_AuthKeyAlgo()
	 * @model unsettable="true"
	 * @generated
	 */
	int getAuthKeyAlgo();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getAuthKeyAlgo <em>Auth Key Algo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auth Key Algo</em>' attribute.
	 * @see #isSetAuthKeyAlgo()
	 * @see #unsetAuthKeyAlgo()
	 * @see #getAuthKeyAlgo()
	 * @generated
	 */
	void setAuthKeyAlgo(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getAuthKeyAlgo <em>Auth Key Algo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAuthKeyAlgo()
	 * @see #getAuthKeyAlgo()
	 * @see #setAuthKeyAlgo(int)
	 * @generated
	 */
	void unsetAuthKeyAlgo();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getAuthKeyAlgo <em>Auth Key Algo</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Auth Key Algo</em>' attribute is set.
	 * @see #unsetAuthKeyAlgo()
	 * @see #getAuthKeyAlgo()
	 * @see #setAuthKeyAlgo(int)
	 * @generated
	 */
	boolean isSetAuthKeyAlgo();

	/**
	 * Returns the value of the '<em><b>Id Block Sig</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signature of the ID block by the ID key (0x040, 512 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Block Sig</em>' containment reference.
	 * @see #setIdBlockSig(EcdsaSignature)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdAuth_IdBlockSig()
	 * @model containment="true"
	 * @generated
	 */
	EcdsaSignature getIdBlockSig();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdBlockSig <em>Id Block Sig</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Block Sig</em>' containment reference.
	 * @see #getIdBlockSig()
	 * @generated
	 */
	void setIdBlockSig(EcdsaSignature value);

	/**
	 * Returns the value of the '<em><b>Id Key</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ID public key (0x240, 1028 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Key</em>' containment reference.
	 * @see #setIdKey(EcdsaPublicKey)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdAuth_IdKey()
	 * @model containment="true"
	 * @generated
	 */
	EcdsaPublicKey getIdKey();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKey <em>Id Key</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Key</em>' containment reference.
	 * @see #getIdKey()
	 * @generated
	 */
	void setIdKey(EcdsaPublicKey value);

	/**
	 * Returns the value of the '<em><b>Id Key Sig</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signature of the ID key by the author key (0x680, 512 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Key Sig</em>' containment reference.
	 * @see #setIdKeySig(EcdsaSignature)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdAuth_IdKeySig()
	 * @model containment="true"
	 * @generated
	 */
	EcdsaSignature getIdKeySig();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKeySig <em>Id Key Sig</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Key Sig</em>' containment reference.
	 * @see #getIdKeySig()
	 * @generated
	 */
	void setIdKeySig(EcdsaSignature value);

	/**
	 * Returns the value of the '<em><b>Author Key</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The author public key (0x880, 1028 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author Key</em>' containment reference.
	 * @see #setAuthorKey(EcdsaPublicKey)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpIdAuth_AuthorKey()
	 * @model containment="true"
	 * @generated
	 */
	EcdsaPublicKey getAuthorKey();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpIdAuth#getAuthorKey <em>Author Key</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Key</em>' containment reference.
	 * @see #getAuthorKey()
	 * @generated
	 */
	void setAuthorKey(EcdsaPublicKey value);

} // SnpIdAuth
