/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Td Params</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * TD_PARAMS (1024 bytes), the input of TDH.MNG.INIT as KVM builds it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getAttributeBits <em>Attribute Bits</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getXfam <em>Xfam</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getXfamBits <em>Xfam Bits</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getMaxVcpus <em>Max Vcpus</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getEptpControls <em>Eptp Controls</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getConfigFlags <em>Config Flags</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getTscFrequency <em>Tsc Frequency</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getMrConfigId <em>Mr Config Id</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getMrOwner <em>Mr Owner</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getMrOwnerConfig <em>Mr Owner Config</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdParams#getCpuidValues <em>Cpuid Values</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams()
 * @model
 * @generated
 */
public interface TdParams extends EObject {
	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ATTRIBUTES (@0), with the module's fixed-1 bits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attributes</em>' attribute.
	 * @see #setAttributes(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_Attributes()
	 * @model
	 * @generated
	 */
	long getAttributes();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getAttributes <em>Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attributes</em>' attribute.
	 * @see #getAttributes()
	 * @generated
	 */
	void setAttributes(long value);

	/**
	 * Returns the value of the '<em><b>Attribute Bits</b></em>' attribute list.
	 * The list contents are of type {@link org.cocolaunch.tdx.model.TdAttribute}.
	 * The literals are from the enumeration {@link org.cocolaunch.tdx.model.TdAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The named TD attribute bits set in attributes (derived).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attribute Bits</em>' attribute list.
	 * @see org.cocolaunch.tdx.model.TdAttribute
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_AttributeBits()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<TdAttribute> getAttributeBits();

	/**
	 * Returns the value of the '<em><b>Xfam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XFAM (@8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xfam</em>' attribute.
	 * @see #setXfam(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_Xfam()
	 * @model
	 * @generated
	 */
	long getXfam();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getXfam <em>Xfam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xfam</em>' attribute.
	 * @see #getXfam()
	 * @generated
	 */
	void setXfam(long value);

	/**
	 * Returns the value of the '<em><b>Xfam Bits</b></em>' attribute list.
	 * The list contents are of type {@link org.cocolaunch.tdx.model.XfamComponent}.
	 * The literals are from the enumeration {@link org.cocolaunch.tdx.model.XfamComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The named XFAM components set in xfam (derived).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xfam Bits</em>' attribute list.
	 * @see org.cocolaunch.tdx.model.XfamComponent
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_XfamBits()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<XfamComponent> getXfamBits();

	/**
	 * Returns the value of the '<em><b>Max Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MAX_VCPUS (u16 @16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Vcpus</em>' attribute.
	 * @see #setMaxVcpus(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_MaxVcpus()
	 * @model
	 * @generated
	 */
	int getMaxVcpus();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getMaxVcpus <em>Max Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Vcpus</em>' attribute.
	 * @see #getMaxVcpus()
	 * @generated
	 */
	void setMaxVcpus(int value);

	/**
	 * Returns the value of the '<em><b>Eptp Controls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EPTP_CONTROLS (@24): memory type WB (6) and page-walk length - 1 in bits 5:3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Eptp Controls</em>' attribute.
	 * @see #setEptpControls(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_EptpControls()
	 * @model
	 * @generated
	 */
	long getEptpControls();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getEptpControls <em>Eptp Controls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Eptp Controls</em>' attribute.
	 * @see #getEptpControls()
	 * @generated
	 */
	void setEptpControls(long value);

	/**
	 * Returns the value of the '<em><b>Config Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CONFIG_FLAGS (@32): bit 0 MAX_GPAW, bit 1 FLEXIBLE_PENDING_VE, bit 2 NO_RBP_MOD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Config Flags</em>' attribute.
	 * @see #setConfigFlags(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_ConfigFlags()
	 * @model
	 * @generated
	 */
	long getConfigFlags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getConfigFlags <em>Config Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config Flags</em>' attribute.
	 * @see #getConfigFlags()
	 * @generated
	 */
	void setConfigFlags(long value);

	/**
	 * Returns the value of the '<em><b>Tsc Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TSC_FREQUENCY (u16 @40) in units of 25 MHz; 0 when the host's default applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tsc Frequency</em>' attribute.
	 * @see #setTscFrequency(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_TscFrequency()
	 * @model
	 * @generated
	 */
	int getTscFrequency();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getTscFrequency <em>Tsc Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tsc Frequency</em>' attribute.
	 * @see #getTscFrequency()
	 * @generated
	 */
	void setTscFrequency(int value);

	/**
	 * Returns the value of the '<em><b>Mr Config Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MRCONFIGID (@80, 48 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mr Config Id</em>' attribute.
	 * @see #setMrConfigId(byte[])
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_MrConfigId()
	 * @model
	 * @generated
	 */
	byte[] getMrConfigId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getMrConfigId <em>Mr Config Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mr Config Id</em>' attribute.
	 * @see #getMrConfigId()
	 * @generated
	 */
	void setMrConfigId(byte[] value);

	/**
	 * Returns the value of the '<em><b>Mr Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MROWNER (@128, 48 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mr Owner</em>' attribute.
	 * @see #setMrOwner(byte[])
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_MrOwner()
	 * @model
	 * @generated
	 */
	byte[] getMrOwner();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getMrOwner <em>Mr Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mr Owner</em>' attribute.
	 * @see #getMrOwner()
	 * @generated
	 */
	void setMrOwner(byte[] value);

	/**
	 * Returns the value of the '<em><b>Mr Owner Config</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MROWNERCONFIG (@176, 48 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mr Owner Config</em>' attribute.
	 * @see #setMrOwnerConfig(byte[])
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_MrOwnerConfig()
	 * @model
	 * @generated
	 */
	byte[] getMrOwnerConfig();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdParams#getMrOwnerConfig <em>Mr Owner Config</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mr Owner Config</em>' attribute.
	 * @see #getMrOwnerConfig()
	 * @generated
	 */
	void setMrOwnerConfig(byte[] value);

	/**
	 * Returns the value of the '<em><b>Cpuid Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.tdx.model.CpuidEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPUID_VALUES (@256) in the module's CPUID-config order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpuid Values</em>' containment reference list.
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdParams_CpuidValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<CpuidEntry> getCpuidValues();

} // TdParams
