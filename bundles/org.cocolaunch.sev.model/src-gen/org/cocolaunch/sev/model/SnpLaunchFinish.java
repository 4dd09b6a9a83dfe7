/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snp Launch Finish</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_sev_snp_launch_finish (88 bytes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlockUaddr <em>Id Block Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuthUaddr <em>Id Auth Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#isIdBlockEn <em>Id Block En</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#isAuthKeyEn <em>Auth Key En</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#isVcekDisabled <em>Vcek Disabled</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#getHostData <em>Host Data</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlock <em>Id Block</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuth <em>Id Auth</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish()
 * @model
 * @generated
 */
public interface SnpLaunchFinish extends EObject {
	/**
	 * Returns the value of the '<em><b>Id Block Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User address of the ID block (u64, offset 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Block Uaddr</em>' attribute.
	 * @see #isSetIdBlockUaddr()
	 * @see #unsetIdBlockUaddr()
	 * @see #setIdBlockUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_IdBlockUaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getIdBlockUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlockUaddr <em>Id Block Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Block Uaddr</em>' attribute.
	 * @see #isSetIdBlockUaddr()
	 * @see #unsetIdBlockUaddr()
	 * @see #getIdBlockUaddr()
	 * @generated
	 */
	void setIdBlockUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlockUaddr <em>Id Block Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIdBlockUaddr()
	 * @see #getIdBlockUaddr()
	 * @see #setIdBlockUaddr(long)
	 * @generated
	 */
	void unsetIdBlockUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlockUaddr <em>Id Block Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Id Block Uaddr</em>' attribute is set.
	 * @see #unsetIdBlockUaddr()
	 * @see #getIdBlockUaddr()
	 * @see #setIdBlockUaddr(long)
	 * @generated
	 */
	boolean isSetIdBlockUaddr();

	/**
	 * Returns the value of the '<em><b>Id Auth Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User address of the ID authentication structure (u64, offset 8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Auth Uaddr</em>' attribute.
	 * @see #isSetIdAuthUaddr()
	 * @see #unsetIdAuthUaddr()
	 * @see #setIdAuthUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_IdAuthUaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getIdAuthUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuthUaddr <em>Id Auth Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Auth Uaddr</em>' attribute.
	 * @see #isSetIdAuthUaddr()
	 * @see #unsetIdAuthUaddr()
	 * @see #getIdAuthUaddr()
	 * @generated
	 */
	void setIdAuthUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuthUaddr <em>Id Auth Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIdAuthUaddr()
	 * @see #getIdAuthUaddr()
	 * @see #setIdAuthUaddr(long)
	 * @generated
	 */
	void unsetIdAuthUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuthUaddr <em>Id Auth Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Id Auth Uaddr</em>' attribute is set.
	 * @see #unsetIdAuthUaddr()
	 * @see #getIdAuthUaddr()
	 * @see #setIdAuthUaddr(long)
	 * @generated
	 */
	boolean isSetIdAuthUaddr();

	/**
	 * Returns the value of the '<em><b>Id Block En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the ID block is checked (u8, offset 16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Block En</em>' attribute.
	 * @see #isSetIdBlockEn()
	 * @see #unsetIdBlockEn()
	 * @see #setIdBlockEn(boolean)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_IdBlockEn()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isIdBlockEn();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isIdBlockEn <em>Id Block En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Block En</em>' attribute.
	 * @see #isSetIdBlockEn()
	 * @see #unsetIdBlockEn()
	 * @see #isIdBlockEn()
	 * @generated
	 */
	void setIdBlockEn(boolean value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isIdBlockEn <em>Id Block En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIdBlockEn()
	 * @see #isIdBlockEn()
	 * @see #setIdBlockEn(boolean)
	 * @generated
	 */
	void unsetIdBlockEn();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isIdBlockEn <em>Id Block En</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Id Block En</em>' attribute is set.
	 * @see #unsetIdBlockEn()
	 * @see #isIdBlockEn()
	 * @see #setIdBlockEn(boolean)
	 * @generated
	 */
	boolean isSetIdBlockEn();

	/**
	 * Returns the value of the '<em><b>Auth Key En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the author key is used (u8, offset 17).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Auth Key En</em>' attribute.
	 * @see #isSetAuthKeyEn()
	 * @see #unsetAuthKeyEn()
	 * @see #setAuthKeyEn(boolean)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_AuthKeyEn()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isAuthKeyEn();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isAuthKeyEn <em>Auth Key En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auth Key En</em>' attribute.
	 * @see #isSetAuthKeyEn()
	 * @see #unsetAuthKeyEn()
	 * @see #isAuthKeyEn()
	 * @generated
	 */
	void setAuthKeyEn(boolean value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isAuthKeyEn <em>Auth Key En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAuthKeyEn()
	 * @see #isAuthKeyEn()
	 * @see #setAuthKeyEn(boolean)
	 * @generated
	 */
	void unsetAuthKeyEn();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isAuthKeyEn <em>Auth Key En</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Auth Key En</em>' attribute is set.
	 * @see #unsetAuthKeyEn()
	 * @see #isAuthKeyEn()
	 * @see #setAuthKeyEn(boolean)
	 * @generated
	 */
	boolean isSetAuthKeyEn();

	/**
	 * Returns the value of the '<em><b>Vcek Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether VCEK-signed reports are disabled (u8, offset 18).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcek Disabled</em>' attribute.
	 * @see #isSetVcekDisabled()
	 * @see #unsetVcekDisabled()
	 * @see #setVcekDisabled(boolean)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_VcekDisabled()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isVcekDisabled();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isVcekDisabled <em>Vcek Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcek Disabled</em>' attribute.
	 * @see #isSetVcekDisabled()
	 * @see #unsetVcekDisabled()
	 * @see #isVcekDisabled()
	 * @generated
	 */
	void setVcekDisabled(boolean value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isVcekDisabled <em>Vcek Disabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVcekDisabled()
	 * @see #isVcekDisabled()
	 * @see #setVcekDisabled(boolean)
	 * @generated
	 */
	void unsetVcekDisabled();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isVcekDisabled <em>Vcek Disabled</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vcek Disabled</em>' attribute is set.
	 * @see #unsetVcekDisabled()
	 * @see #isVcekDisabled()
	 * @see #setVcekDisabled(boolean)
	 * @generated
	 */
	boolean isSetVcekDisabled();

	/**
	 * Returns the value of the '<em><b>Host Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Host data copied into the attestation report (u8[32], offset 19).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host Data</em>' attribute.
	 * @see #isSetHostData()
	 * @see #unsetHostData()
	 * @see #setHostData(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_HostData()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getHostData();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getHostData <em>Host Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host Data</em>' attribute.
	 * @see #isSetHostData()
	 * @see #unsetHostData()
	 * @see #getHostData()
	 * @generated
	 */
	void setHostData(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getHostData <em>Host Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHostData()
	 * @see #getHostData()
	 * @see #setHostData(byte[])
	 * @generated
	 */
	void unsetHostData();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getHostData <em>Host Data</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Host Data</em>' attribute is set.
	 * @see #unsetHostData()
	 * @see #getHostData()
	 * @see #setHostData(byte[])
	 * @generated
	 */
	boolean isSetHostData();

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flags (u16, offset 54); must be 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #isSetFlags()
	 * @see #unsetFlags()
	 * @see #setFlags(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_Flags()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #isSetFlags()
	 * @see #unsetFlags()
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFlags()
	 * @see #getFlags()
	 * @see #setFlags(int)
	 * @generated
	 */
	void unsetFlags();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getFlags <em>Flags</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Flags</em>' attribute is set.
	 * @see #unsetFlags()
	 * @see #getFlags()
	 * @see #setFlags(int)
	 * @generated
	 */
	boolean isSetFlags();

	/**
	 * Returns the value of the '<em><b>Id Block</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ID block behind id_block_uaddr.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Block</em>' containment reference.
	 * @see #setIdBlock(SnpIdBlock)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_IdBlock()
	 * @model containment="true"
	 * @generated
	 */
	SnpIdBlock getIdBlock();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlock <em>Id Block</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Block</em>' containment reference.
	 * @see #getIdBlock()
	 * @generated
	 */
	void setIdBlock(SnpIdBlock value);

	/**
	 * Returns the value of the '<em><b>Id Auth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ID authentication structure behind id_auth_uaddr.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id Auth</em>' containment reference.
	 * @see #setIdAuth(SnpIdAuth)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchFinish_IdAuth()
	 * @model containment="true"
	 * @generated
	 */
	SnpIdAuth getIdAuth();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuth <em>Id Auth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id Auth</em>' containment reference.
	 * @see #getIdAuth()
	 * @generated
	 */
	void setIdAuth(SnpIdAuth value);

} // SnpLaunchFinish
