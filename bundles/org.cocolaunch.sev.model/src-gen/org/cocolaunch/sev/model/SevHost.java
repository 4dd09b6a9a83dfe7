/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the simulated AMD host's KVM offers (kvm_amd module parameters and the kernel's VM types): the capability checks behind ENOTTY and EINVAL before any firmware call.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevHost#isSevEnabled <em>Sev Enabled</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevHost#isSevEsEnabled <em>Sev Es Enabled</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevHost#isSnpEnabled <em>Snp Enabled</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevHost#getVmTypes <em>Vm Types</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevHost()
 * @model
 * @generated
 */
public interface SevHost extends EObject {
	/**
	 * Returns the value of the '<em><b>Sev Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * kvm_amd.sev: SEV is enabled (BIOS, PSP driver, module parameter); without it every KVM_MEMORY_ENCRYPT_OP answers ENOTTY.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sev Enabled</em>' attribute.
	 * @see #setSevEnabled(boolean)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevHost_SevEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isSevEnabled();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevHost#isSevEnabled <em>Sev Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sev Enabled</em>' attribute.
	 * @see #isSevEnabled()
	 * @generated
	 */
	void setSevEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Sev Es Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * kvm_amd.sev_es: SEV-ES ASIDs are available; without them an SEV-ES guest cannot get an ASID (ENOTTY) and VM type 3 is not offered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sev Es Enabled</em>' attribute.
	 * @see #setSevEsEnabled(boolean)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevHost_SevEsEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isSevEsEnabled();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevHost#isSevEsEnabled <em>Sev Es Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sev Es Enabled</em>' attribute.
	 * @see #isSevEsEnabled()
	 * @generated
	 */
	void setSevEsEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Snp Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * kvm_amd.sev_snp: SEV-SNP is enabled (RMP table, SNP firmware INIT); without it VM type 4 is not offered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snp Enabled</em>' attribute.
	 * @see #setSnpEnabled(boolean)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevHost_SnpEnabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isSnpEnabled();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevHost#isSnpEnabled <em>Snp Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snp Enabled</em>' attribute.
	 * @see #isSnpEnabled()
	 * @generated
	 */
	void setSnpEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Vm Types</b></em>' attribute.
	 * The default value is <code>"29"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KVM_CAP_VM_TYPES as the kernel knows them: bit N set when KVM_CREATE_VM accepts type N (0 default, 2 SEV, 3 SEV-ES, 4 SNP; 29 = all four). A kernel before KVM_SEV_INIT2 (Linux 6.10) knows only type 0 (1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vm Types</em>' attribute.
	 * @see #setVmTypes(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevHost_VmTypes()
	 * @model default="29"
	 * @generated
	 */
	int getVmTypes();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevHost#getVmTypes <em>Vm Types</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vm Types</em>' attribute.
	 * @see #getVmTypes()
	 * @generated
	 */
	void setVmTypes(int value);

} // SevHost
