/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Init Vcpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Parameters of KVM_TDX_INIT_VCPU (TDH.VP.CREATE, TDH.VP.ADDCX, TDH.VP.INIT).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVcpu#getVcpuIndex <em>Vcpu Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVcpu#getRcx <em>Rcx</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdxInitVcpu#getFlags <em>Flags</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVcpu()
 * @model
 * @generated
 */
public interface TdxInitVcpu extends EObject {
	/**
	 * Returns the value of the '<em><b>Vcpu Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the vCPU the ioctl is issued on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Index</em>' attribute.
	 * @see #setVcpuIndex(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVcpu_VcpuIndex()
	 * @model
	 * @generated
	 */
	int getVcpuIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitVcpu#getVcpuIndex <em>Vcpu Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Index</em>' attribute.
	 * @see #getVcpuIndex()
	 * @generated
	 */
	void setVcpuIndex(int value);

	/**
	 * Returns the value of the '<em><b>Rcx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * kvm_tdx_cmd.data: the vCPU's initial RCX; QEMU passes the TD HOB address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rcx</em>' attribute.
	 * @see #setRcx(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVcpu_Rcx()
	 * @model
	 * @generated
	 */
	long getRcx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitVcpu#getRcx <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcx</em>' attribute.
	 * @see #getRcx()
	 * @generated
	 */
	void setRcx(long value);

	/**
	 * Returns the value of the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * kvm_tdx_cmd.flags; must be 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Flags</em>' attribute.
	 * @see #setFlags(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdxInitVcpu_Flags()
	 * @model
	 * @generated
	 */
	int getFlags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdxInitVcpu#getFlags <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flags</em>' attribute.
	 * @see #getFlags()
	 * @generated
	 */
	void setFlags(int value);

} // TdxInitVcpu
