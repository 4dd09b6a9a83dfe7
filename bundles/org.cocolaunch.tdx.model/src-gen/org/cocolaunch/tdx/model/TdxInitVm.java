/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Init Vm</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * struct kvm_tdx_init_vm: the TD configuration KVM turns into TD_PARAMS for TDH.MNG.INIT.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVm#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVm#getAttributeBits <em>Attribute Bits</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVm#getXfam <em>Xfam</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVm#getXfamBits <em>Xfam Bits</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVm#getMrConfigId <em>Mr Config Id</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVm#getMrOwner <em>Mr Owner</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVm#getMrOwnerConfig <em>Mr Owner Config</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVm#getCpuid <em>Cpuid</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm()
 * @model
 * @generated
 */
public interface TdxInitVm extends EObject {
	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TD ATTRIBUTES (u64 @0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attributes</em>' attribute.
	 * @see #setAttributes(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm_Attributes()
	 * @model
	 * @generated
	 */
	long getAttributes();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitVm#getAttributes <em>Attributes</em>}' attribute.
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
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm_AttributeBits()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<TdAttribute> getAttributeBits();

	/**
	 * Returns the value of the '<em><b>Xfam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XFAM (u64 @8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xfam</em>' attribute.
	 * @see #setXfam(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm_Xfam()
	 * @model
	 * @generated
	 */
	long getXfam();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitVm#getXfam <em>Xfam</em>}' attribute.
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
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm_XfamBits()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<XfamComponent> getXfamBits();

	/**
	 * Returns the value of the '<em><b>Mr Config Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MRCONFIGID, 48 bytes (@16); empty means zero.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mr Config Id</em>' attribute.
	 * @see #setMrConfigId(byte[])
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm_MrConfigId()
	 * @model
	 * @generated
	 */
	byte[] getMrConfigId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitVm#getMrConfigId <em>Mr Config Id</em>}' attribute.
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
	 * MROWNER, 48 bytes (@64); empty means zero.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mr Owner</em>' attribute.
	 * @see #setMrOwner(byte[])
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm_MrOwner()
	 * @model
	 * @generated
	 */
	byte[] getMrOwner();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitVm#getMrOwner <em>Mr Owner</em>}' attribute.
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
	 * MROWNERCONFIG, 48 bytes (@112); empty means zero.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mr Owner Config</em>' attribute.
	 * @see #setMrOwnerConfig(byte[])
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm_MrOwnerConfig()
	 * @model
	 * @generated
	 */
	byte[] getMrOwnerConfig();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitVm#getMrOwnerConfig <em>Mr Owner Config</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mr Owner Config</em>' attribute.
	 * @see #getMrOwnerConfig()
	 * @generated
	 */
	void setMrOwnerConfig(byte[] value);

	/**
	 * Returns the value of the '<em><b>Cpuid</b></em>' containment reference list.
	 * The list contents are of type {@link org.cocolaunch.tdx.model.CpuidEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPUID values of struct kvm_cpuid2 (@256) for the module's configurable leaves.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpuid</em>' containment reference list.
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVm_Cpuid()
	 * @model containment="true"
	 * @generated
	 */
	EList<CpuidEntry> getCpuid();

} // TdxInitVm
