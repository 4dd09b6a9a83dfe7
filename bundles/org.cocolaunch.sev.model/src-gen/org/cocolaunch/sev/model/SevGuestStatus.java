/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Guest Status</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_sev_guest_status (12 bytes), output of KVM_SEV_GUEST_STATUS.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevGuestStatus#getHandle <em>Handle</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevGuestStatus#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevGuestStatus#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevGuestStatus()
 * @model
 * @generated
 */
public interface SevGuestStatus extends EObject {
	/**
	 * Returns the value of the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest handle (u32, offset 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handle</em>' attribute.
	 * @see #isSetHandle()
	 * @see #unsetHandle()
	 * @see #setHandle(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevGuestStatus_Handle()
	 * @model unsettable="true"
	 * @generated
	 */
	int getHandle();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getHandle <em>Handle</em>}' attribute.
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
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getHandle <em>Handle</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHandle()
	 * @see #getHandle()
	 * @see #setHandle(int)
	 * @generated
	 */
	void unsetHandle();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getHandle <em>Handle</em>}' attribute is set.
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
	 * Guest policy (u32, offset 4).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #isSetPolicy()
	 * @see #unsetPolicy()
	 * @see #setPolicy(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevGuestStatus_Policy()
	 * @model unsettable="true"
	 * @generated
	 */
	int getPolicy();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getPolicy <em>Policy</em>}' attribute.
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
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPolicy()
	 * @see #getPolicy()
	 * @see #setPolicy(int)
	 * @generated
	 */
	void unsetPolicy();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getPolicy <em>Policy</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.sev.model.SevGuestState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Firmware guest state (u32, offset 8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.cocolaunch.sev.model.SevGuestState
	 * @see #isSetState()
	 * @see #unsetState()
	 * @see #setState(SevGuestState)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevGuestStatus_State()
	 * @model unsettable="true"
	 * @generated
	 */
	SevGuestState getState();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.cocolaunch.sev.model.SevGuestState
	 * @see #isSetState()
	 * @see #unsetState()
	 * @see #getState()
	 * @generated
	 */
	void setState(SevGuestState value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetState()
	 * @see #getState()
	 * @see #setState(SevGuestState)
	 * @generated
	 */
	void unsetState();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevGuestStatus#getState <em>State</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>State</em>' attribute is set.
	 * @see #unsetState()
	 * @see #getState()
	 * @see #setState(SevGuestState)
	 * @generated
	 */
	boolean isSetState();

} // SevGuestStatus
