/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.cocolaunch.model.LaunchConfig;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Launch Config</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An AMD SEV, SEV-ES or SEV-SNP launch configuration: what measure, explain, the plan builder and the debugger take.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getMode <em>Mode</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getVcpuType <em>Vcpu Type</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getVcpuSig <em>Vcpu Sig</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getGuestFeatures <em>Guest Features</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getVmm <em>Vmm</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#isLegacyInit <em>Legacy Init</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getSnpOvmfHash <em>Snp Ovmf Hash</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getSvsm <em>Svsm</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.SevLaunchConfig#getVarsSize <em>Vars Size</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig()
 * @model
 * @generated
 */
public interface SevLaunchConfig extends LaunchConfig {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest mode: sev, seves, snp or snp:svsm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(SevMode)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_Mode()
	 * @model dataType="org.cocolaunch.sev.model.SevMode"
	 * @generated
	 */
	SevMode getMode();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(SevMode value);

	/**
	 * Returns the value of the '<em><b>Vcpu Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the vCPU model (e.g. EPYC-v4) the signature came from, or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Type</em>' attribute.
	 * @see #setVcpuType(String)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_VcpuType()
	 * @model
	 * @generated
	 */
	String getVcpuType();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getVcpuType <em>Vcpu Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Type</em>' attribute.
	 * @see #getVcpuType()
	 * @generated
	 */
	void setVcpuType(String value);

	/**
	 * Returns the value of the '<em><b>Vcpu Sig</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPUID(1).EAX of the vCPU model (RDX of the initial VMSAs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Sig</em>' attribute.
	 * @see #setVcpuSig(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_VcpuSig()
	 * @model
	 * @generated
	 */
	long getVcpuSig();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getVcpuSig <em>Vcpu Sig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Sig</em>' attribute.
	 * @see #getVcpuSig()
	 * @generated
	 */
	void setVcpuSig(long value);

	/**
	 * Returns the value of the '<em><b>Guest Features</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SEV_FEATURES of SNP VMSAs (SNPActive is always set); ignored for SEV and SEV-ES.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Features</em>' attribute.
	 * @see #setGuestFeatures(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_GuestFeatures()
	 * @model default="1"
	 * @generated
	 */
	long getGuestFeatures();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getGuestFeatures <em>Guest Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Features</em>' attribute.
	 * @see #getGuestFeatures()
	 * @generated
	 */
	void setGuestFeatures(long value);

	/**
	 * Returns the value of the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest policy; unset means the VMM default for the mode (SEV 0x1, SEV-ES 0x5, SNP 0x30000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Policy</em>' attribute.
	 * @see #isSetPolicy()
	 * @see #unsetPolicy()
	 * @see #setPolicy(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_Policy()
	 * @model unsettable="true"
	 * @generated
	 */
	long getPolicy();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getPolicy <em>Policy</em>}' attribute.
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
	 * Unsets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getPolicy <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPolicy()
	 * @see #getPolicy()
	 * @see #setPolicy(long)
	 * @generated
	 */
	void unsetPolicy();

	/**
	 * Returns whether the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getPolicy <em>Policy</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Vmm</b></em>' attribute.
	 * The default value is <code>"QEMU"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMM preset whose ioctl sequence and initial vCPU state are reproduced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vmm</em>' attribute.
	 * @see #setVmm(VmmType)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_Vmm()
	 * @model default="QEMU" dataType="org.cocolaunch.sev.model.VmmType"
	 * @generated
	 */
	VmmType getVmm();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getVmm <em>Vmm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vmm</em>' attribute.
	 * @see #getVmm()
	 * @generated
	 */
	void setVmm(VmmType value);

	/**
	 * Returns the value of the '<em><b>Legacy Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SEV/SEV-ES only: KVM_X86_DEFAULT_VM with KVM_SEV_INIT/KVM_SEV_ES_INIT instead of KVM_SEV_INIT2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legacy Init</em>' attribute.
	 * @see #setLegacyInit(boolean)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_LegacyInit()
	 * @model
	 * @generated
	 */
	boolean isLegacyInit();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#isLegacyInit <em>Legacy Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legacy Init</em>' attribute.
	 * @see #isLegacyInit()
	 * @generated
	 */
	void setLegacyInit(boolean value);

	/**
	 * Returns the value of the '<em><b>Snp Ovmf Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Precomputed SNP digest of the OVMF pages (48 bytes) standing in for the firmware, or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snp Ovmf Hash</em>' attribute.
	 * @see #setSnpOvmfHash(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_SnpOvmfHash()
	 * @model
	 * @generated
	 */
	byte[] getSnpOvmfHash();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getSnpOvmfHash <em>Snp Ovmf Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snp Ovmf Hash</em>' attribute.
	 * @see #getSnpOvmfHash()
	 * @generated
	 */
	void setSnpOvmfHash(byte[] value);

	/**
	 * Returns the value of the '<em><b>Svsm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * COCONUT-SVSM image (snp:svsm only), or unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Svsm</em>' attribute.
	 * @see #setSvsm(String)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_Svsm()
	 * @model
	 * @generated
	 */
	String getSvsm();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getSvsm <em>Svsm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Svsm</em>' attribute.
	 * @see #getSvsm()
	 * @generated
	 */
	void setSvsm(String value);

	/**
	 * Returns the value of the '<em><b>Vars Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the OVMF_VARS flash between SVSM and OVMF (snp:svsm only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vars Size</em>' attribute.
	 * @see #setVarsSize(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getSevLaunchConfig_VarsSize()
	 * @model
	 * @generated
	 */
	long getVarsSize();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.SevLaunchConfig#getVarsSize <em>Vars Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vars Size</em>' attribute.
	 * @see #getVarsSize()
	 * @generated
	 */
	void setVarsSize(long value);

} // SevLaunchConfig
