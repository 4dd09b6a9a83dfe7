/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Start</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_sev_launch_start (40 bytes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getHandle <em>Handle</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getDhUaddr <em>Dh Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getDhLen <em>Dh Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionUaddr <em>Session Uaddr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionLen <em>Session Len</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getDhCert <em>Dh Cert</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getSession <em>Session</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchStart#getTik <em>Tik</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart()
 * @model
 * @generated
 */
public interface SevLaunchStart extends EObject {
	/**
	 * Returns the value of the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest handle (u32, offset 0); 0 = firmware allocates; out: the new handle.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handle</em>' attribute.
	 * @see #isSetHandle()
	 * @see #unsetHandle()
	 * @see #setHandle(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_Handle()
	 * @model unsettable="true"
	 * @generated
	 */
	int getHandle();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getHandle <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Handle</em>' attribute.
	 * @see #isSetHandle()
	 * @see #unsetHandle()
	 * @see #getHandle()
	 * @generated
	 */
	void setHandle(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getHandle <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHandle()
	 * @see #getHandle()
	 * @see #setHandle(int)
	 * @generated
	 */
	void unsetHandle();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getHandle <em>Handle</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Handle</em>' attribute is set.
	 * @see #unsetHandle()
	 * @see #getHandle()
	 * @see #setHandle(int)
	 * @generated
	 */
	boolean isSetHandle();

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest policy (u32, offset 4; bits: SevPolicyBit, API_MAJOR 23:16, API_MINOR 31:24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #isSetPolicy()
	 * @see #unsetPolicy()
	 * @see #setPolicy(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_Policy()
	 * @model unsettable="true"
	 * @generated
	 */
	int getPolicy();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see #isSetPolicy()
	 * @see #unsetPolicy()
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPolicy()
	 * @see #getPolicy()
	 * @see #setPolicy(int)
	 * @generated
	 */
	void unsetPolicy();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getPolicy <em>Policy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Policy</em>' attribute is set.
	 * @see #unsetPolicy()
	 * @see #getPolicy()
	 * @see #setPolicy(int)
	 * @generated
	 */
	boolean isSetPolicy();

	/**
	 * Returns the value of the '<em><b>Dh Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User address of the guest owner's PDH certificate (u64, offset 8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dh Uaddr</em>' attribute.
	 * @see #isSetDhUaddr()
	 * @see #unsetDhUaddr()
	 * @see #setDhUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_DhUaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getDhUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhUaddr <em>Dh Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dh Uaddr</em>' attribute.
	 * @see #isSetDhUaddr()
	 * @see #unsetDhUaddr()
	 * @see #getDhUaddr()
	 * @generated
	 */
	void setDhUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhUaddr <em>Dh Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDhUaddr()
	 * @see #getDhUaddr()
	 * @see #setDhUaddr(long)
	 * @generated
	 */
	void unsetDhUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhUaddr <em>Dh Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Dh Uaddr</em>' attribute is set.
	 * @see #unsetDhUaddr()
	 * @see #getDhUaddr()
	 * @see #setDhUaddr(long)
	 * @generated
	 */
	boolean isSetDhUaddr();

	/**
	 * Returns the value of the '<em><b>Dh Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the certificate (u32, offset 16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dh Len</em>' attribute.
	 * @see #isSetDhLen()
	 * @see #unsetDhLen()
	 * @see #setDhLen(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_DhLen()
	 * @model unsettable="true"
	 * @generated
	 */
	int getDhLen();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhLen <em>Dh Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dh Len</em>' attribute.
	 * @see #isSetDhLen()
	 * @see #unsetDhLen()
	 * @see #getDhLen()
	 * @generated
	 */
	void setDhLen(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhLen <em>Dh Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDhLen()
	 * @see #getDhLen()
	 * @see #setDhLen(int)
	 * @generated
	 */
	void unsetDhLen();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhLen <em>Dh Len</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Dh Len</em>' attribute is set.
	 * @see #unsetDhLen()
	 * @see #getDhLen()
	 * @see #setDhLen(int)
	 * @generated
	 */
	boolean isSetDhLen();

	/**
	 * Returns the value of the '<em><b>Session Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User address of the 128-byte session blob (u64, offset 24).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session Uaddr</em>' attribute.
	 * @see #isSetSessionUaddr()
	 * @see #unsetSessionUaddr()
	 * @see #setSessionUaddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_SessionUaddr()
	 * @model unsettable="true"
	 * @generated
	 */
	long getSessionUaddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionUaddr <em>Session Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Uaddr</em>' attribute.
	 * @see #isSetSessionUaddr()
	 * @see #unsetSessionUaddr()
	 * @see #getSessionUaddr()
	 * @generated
	 */
	void setSessionUaddr(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionUaddr <em>Session Uaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSessionUaddr()
	 * @see #getSessionUaddr()
	 * @see #setSessionUaddr(long)
	 * @generated
	 */
	void unsetSessionUaddr();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionUaddr <em>Session Uaddr</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Session Uaddr</em>' attribute is set.
	 * @see #unsetSessionUaddr()
	 * @see #getSessionUaddr()
	 * @see #setSessionUaddr(long)
	 * @generated
	 */
	boolean isSetSessionUaddr();

	/**
	 * Returns the value of the '<em><b>Session Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the session blob (u32, offset 32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session Len</em>' attribute.
	 * @see #isSetSessionLen()
	 * @see #unsetSessionLen()
	 * @see #setSessionLen(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_SessionLen()
	 * @model unsettable="true"
	 * @generated
	 */
	int getSessionLen();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionLen <em>Session Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Len</em>' attribute.
	 * @see #isSetSessionLen()
	 * @see #unsetSessionLen()
	 * @see #getSessionLen()
	 * @generated
	 */
	void setSessionLen(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionLen <em>Session Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSessionLen()
	 * @see #getSessionLen()
	 * @see #setSessionLen(int)
	 * @generated
	 */
	void unsetSessionLen();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionLen <em>Session Len</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Session Len</em>' attribute is set.
	 * @see #unsetSessionLen()
	 * @see #getSessionLen()
	 * @see #setSessionLen(int)
	 * @generated
	 */
	boolean isSetSessionLen();

	/**
	 * Returns the value of the '<em><b>Dh Cert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contents behind dh_uaddr (the plan keeps the bytes, not the address).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dh Cert</em>' attribute.
	 * @see #isSetDhCert()
	 * @see #unsetDhCert()
	 * @see #setDhCert(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_DhCert()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getDhCert();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhCert <em>Dh Cert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dh Cert</em>' attribute.
	 * @see #isSetDhCert()
	 * @see #unsetDhCert()
	 * @see #getDhCert()
	 * @generated
	 */
	void setDhCert(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhCert <em>Dh Cert</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDhCert()
	 * @see #getDhCert()
	 * @see #setDhCert(byte[])
	 * @generated
	 */
	void unsetDhCert();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhCert <em>Dh Cert</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Dh Cert</em>' attribute is set.
	 * @see #unsetDhCert()
	 * @see #getDhCert()
	 * @see #setDhCert(byte[])
	 * @generated
	 */
	boolean isSetDhCert();

	/**
	 * Returns the value of the '<em><b>Session</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Contents behind session_uaddr: NONCE, WRAP_TK, WRAP_IV, WRAP_MAC, POLICY_MAC.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session</em>' attribute.
	 * @see #isSetSession()
	 * @see #unsetSession()
	 * @see #setSession(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_Session()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getSession();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSession <em>Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session</em>' attribute.
	 * @see #isSetSession()
	 * @see #unsetSession()
	 * @see #getSession()
	 * @generated
	 */
	void setSession(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSession <em>Session</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSession()
	 * @see #getSession()
	 * @see #setSession(byte[])
	 * @generated
	 */
	void unsetSession();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getSession <em>Session</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Session</em>' attribute is set.
	 * @see #unsetSession()
	 * @see #getSession()
	 * @see #setSession(byte[])
	 * @generated
	 */
	boolean isSetSession();

	/**
	 * Returns the value of the '<em><b>Tik</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Simulator only: the 16-byte transport integrity key the session blob wraps; empty = the simulator generates one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tik</em>' attribute.
	 * @see #isSetTik()
	 * @see #unsetTik()
	 * @see #setTik(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchStart_Tik()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getTik();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getTik <em>Tik</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tik</em>' attribute.
	 * @see #isSetTik()
	 * @see #unsetTik()
	 * @see #getTik()
	 * @generated
	 */
	void setTik(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getTik <em>Tik</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTik()
	 * @see #getTik()
	 * @see #setTik(byte[])
	 * @generated
	 */
	void unsetTik();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchStart#getTik <em>Tik</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tik</em>' attribute is set.
	 * @see #unsetTik()
	 * @see #getTik()
	 * @see #setTik(byte[])
	 * @generated
	 */
	boolean isSetTik();

} // SevLaunchStart
