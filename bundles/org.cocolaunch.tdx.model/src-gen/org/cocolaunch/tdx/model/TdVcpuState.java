/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Td Vcpu State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A TD vCPU as the host sees it: KVM's state and the initial register values set by TDH.VP.INIT. Guest registers stay hidden unless the TD has ATTRIBUTES.DEBUG.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.TdVcpuState#getVcpuIndex <em>Vcpu Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdVcpuState#getState <em>State</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdVcpuState#getX2apicId <em>X2apic Id</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdVcpuState#getRcx <em>Rcx</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdVcpuState#getRip <em>Rip</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.TdVcpuState#isRegistersReadable <em>Registers Readable</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.tdx.model.TdxPackage#getTdVcpuState()
 * @model
 * @generated
 */
public interface TdVcpuState extends EObject {
	/**
	 * Returns the value of the '<em><b>Vcpu Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Index of the vCPU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vcpu Index</em>' attribute.
	 * @see #setVcpuIndex(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdVcpuState_VcpuIndex()
	 * @model
	 * @generated
	 */
	int getVcpuIndex();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdVcpuState#getVcpuIndex <em>Vcpu Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu Index</em>' attribute.
	 * @see #getVcpuIndex()
	 * @generated
	 */
	void setVcpuIndex(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.cocolaunch.tdx.model.VcpuTdState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KVM's vCPU state.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.cocolaunch.tdx.model.VcpuTdState
	 * @see #setState(VcpuTdState)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdVcpuState_State()
	 * @model
	 * @generated
	 */
	VcpuTdState getState();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdVcpuState#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.cocolaunch.tdx.model.VcpuTdState
	 * @see #getState()
	 * @generated
	 */
	void setState(VcpuTdState value);

	/**
	 * Returns the value of the '<em><b>X2apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * x2APIC ID given to TDH.VP.INIT.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X2apic Id</em>' attribute.
	 * @see #setX2apicId(int)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdVcpuState_X2apicId()
	 * @model
	 * @generated
	 */
	int getX2apicId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdVcpuState#getX2apicId <em>X2apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X2apic Id</em>' attribute.
	 * @see #getX2apicId()
	 * @generated
	 */
	void setX2apicId(int value);

	/**
	 * Returns the value of the '<em><b>Rcx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial RCX given to TDH.VP.INIT (the TD HOB address with QEMU).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rcx</em>' attribute.
	 * @see #setRcx(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdVcpuState_Rcx()
	 * @model
	 * @generated
	 */
	long getRcx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdVcpuState#getRcx <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcx</em>' attribute.
	 * @see #getRcx()
	 * @generated
	 */
	void setRcx(long value);

	/**
	 * Returns the value of the '<em><b>Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Initial RIP: the reset vector 0xFFFFFFF0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rip</em>' attribute.
	 * @see #setRip(long)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdVcpuState_Rip()
	 * @model
	 * @generated
	 */
	long getRip();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdVcpuState#getRip <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rip</em>' attribute.
	 * @see #getRip()
	 * @generated
	 */
	void setRip(long value);

	/**
	 * Returns the value of the '<em><b>Registers Readable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the host may read the vCPU's guest state (DEBUG TDs only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registers Readable</em>' attribute.
	 * @see #setRegistersReadable(boolean)
	 * @see org.cocolaunch.tdx.model.TdxPackage#getTdVcpuState_RegistersReadable()
	 * @model
	 * @generated
	 */
	boolean isRegistersReadable();

	/**
	 * Sets the value of the '{@link org.cocolaunch.tdx.model.TdVcpuState#isRegistersReadable <em>Registers Readable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registers Readable</em>' attribute.
	 * @see #isRegistersReadable()
	 * @generated
	 */
	void setRegistersReadable(boolean value);

} // TdVcpuState
