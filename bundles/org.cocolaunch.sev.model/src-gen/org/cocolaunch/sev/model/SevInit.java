/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Init</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_sev_init (48 bytes), parameter of KVM_SEV_INIT2.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevInit#getVmsaFeatures <em>Vmsa Features</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevInit#getFlags <em>Flags</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevInit#getGhcbVersion <em>Ghcb Version</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevInit()
 * @model
 * @generated
 */
public interface SevInit extends EObject {
	/**
	 * Returns the value of the '<em><b>Vmsa Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial VMSA SEV_FEATURES (u64, offset 0); KVM adds SNPActive for SNP VMs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vmsa Features</em>' attribute.
	 * @see #isSetVmsaFeatures()
	 * @see #unsetVmsaFeatures()
	 * @see #setVmsaFeatures(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevInit_VmsaFeatures()
	 * @model unsettable="true"
	 * @generated
	 */
	long getVmsaFeatures();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevInit#getVmsaFeatures <em>Vmsa Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vmsa Features</em>' attribute.
	 * @see #isSetVmsaFeatures()
	 * @see #unsetVmsaFeatures()
	 * @see #getVmsaFeatures()
	 * @generated
	 */
	void setVmsaFeatures(long value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevInit#getVmsaFeatures <em>Vmsa Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVmsaFeatures()
	 * @see #getVmsaFeatures()
	 * @see #setVmsaFeatures(long)
	 * @generated
	 */
	void unsetVmsaFeatures();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevInit#getVmsaFeatures <em>Vmsa Features</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Vmsa Features</em>' attribute is set.
	 * @see #unsetVmsaFeatures()
	 * @see #getVmsaFeatures()
	 * @see #setVmsaFeatures(long)
	 * @generated
	 */
	boolean isSetVmsaFeatures();

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flags (u32, offset 8); must be 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #isSetFlags()
	 * @see #unsetFlags()
	 * @see #setFlags(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevInit_Flags()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevInit#getFlags <em>Flags</em>}' attribute.
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
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevInit#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFlags()
	 * @see #getFlags()
	 * @see #setFlags(int)
	 * @generated
	 */
	void unsetFlags();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevInit#getFlags <em>Flags</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Ghcb Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maximum GHCB protocol version (u16, offset 12); 0 = default (2 for SEV-ES/SNP), must be 0 for plain SEV.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ghcb Version</em>' attribute.
	 * @see #isSetGhcbVersion()
	 * @see #unsetGhcbVersion()
	 * @see #setGhcbVersion(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevInit_GhcbVersion()
	 * @model unsettable="true"
	 * @generated
	 */
	int getGhcbVersion();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevInit#getGhcbVersion <em>Ghcb Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ghcb Version</em>' attribute.
	 * @see #isSetGhcbVersion()
	 * @see #unsetGhcbVersion()
	 * @see #getGhcbVersion()
	 * @generated
	 */
	void setGhcbVersion(int value);

	/**
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevInit#getGhcbVersion <em>Ghcb Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGhcbVersion()
	 * @see #getGhcbVersion()
	 * @see #setGhcbVersion(int)
	 * @generated
	 */
	void unsetGhcbVersion();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevInit#getGhcbVersion <em>Ghcb Version</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ghcb Version</em>' attribute is set.
	 * @see #unsetGhcbVersion()
	 * @see #getGhcbVersion()
	 * @see #setGhcbVersion(int)
	 * @generated
	 */
	boolean isSetGhcbVersion();

} // SevInit
