/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Snp Launch Start</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_sev_snp_launch_start (64 bytes).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchStart#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchStart#getGosvw <em>Gosvw</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SnpLaunchStart#getFlags <em>Flags</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchStart()
 * @model
 * @generated
 */
public interface SnpLaunchStart extends EObject {
	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest policy (u64, offset 0; bits: SnpPolicyBit, ABI_MINOR 7:0, ABI_MAJOR 15:8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #isSetPolicy()
	 * @see #unsetPolicy()
	 * @see #setPolicy(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchStart_Policy()
	 * @model unsettable="true"
	 * @generated
	 */
	long getPolicy();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy</em>' attribute.
	 * @see #isSetPolicy()
	 * @see #unsetPolicy()
	 * @see #getPolicy()
	 * @generated
	 */
	void setPolicy(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPolicy()
	 * @see #getPolicy()
	 * @see #setPolicy(long)
	 * @generated
	 */
	void unsetPolicy();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getPolicy <em>Policy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Policy</em>' attribute is set.
	 * @see #unsetPolicy()
	 * @see #getPolicy()
	 * @see #setPolicy(long)
	 * @generated
	 */
	boolean isSetPolicy();

	/**
	 * Returns the value of the '<em><b>Gosvw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest-OS-visible workarounds (u8[16], offset 8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gosvw</em>' attribute.
	 * @see #isSetGosvw()
	 * @see #unsetGosvw()
	 * @see #setGosvw(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchStart_Gosvw()
	 * @model unsettable="true"
	 * @generated
	 */
	byte[] getGosvw();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getGosvw <em>Gosvw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gosvw</em>' attribute.
	 * @see #isSetGosvw()
	 * @see #unsetGosvw()
	 * @see #getGosvw()
	 * @generated
	 */
	void setGosvw(byte[] value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getGosvw <em>Gosvw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGosvw()
	 * @see #getGosvw()
	 * @see #setGosvw(byte[])
	 * @generated
	 */
	void unsetGosvw();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getGosvw <em>Gosvw</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Gosvw</em>' attribute is set.
	 * @see #unsetGosvw()
	 * @see #getGosvw()
	 * @see #setGosvw(byte[])
	 * @generated
	 */
	boolean isSetGosvw();

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flags (u16, offset 24); must be 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #isSetFlags()
	 * @see #unsetFlags()
	 * @see #setFlags(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSnpLaunchStart_Flags()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getFlags <em>Flags</em>}' attribute.
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
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFlags()
	 * @see #getFlags()
	 * @see #setFlags(int)
	 * @generated
	 */
	void unsetFlags();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SnpLaunchStart#getFlags <em>Flags</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Flags</em>' attribute is set.
	 * @see #unsetFlags()
	 * @see #getFlags()
	 * @see #setFlags(int)
	 * @generated
	 */
	boolean isSetFlags();

} // SnpLaunchStart
