/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vmsa</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The SEV-ES/SEV-SNP VMSA (4 KiB save area, kernel struct sev_es_save_area, APM vol. 2 table B-4). Fields not listed are reserved and zero.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getEs <em>Es</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getCs <em>Cs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getSs <em>Ss</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDs <em>Ds</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getFs <em>Fs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getGs <em>Gs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getGdtr <em>Gdtr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getLdtr <em>Ldtr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getIdtr <em>Idtr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getTr <em>Tr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getVmpl0Ssp <em>Vmpl0 Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getVmpl1Ssp <em>Vmpl1 Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getVmpl2Ssp <em>Vmpl2 Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getVmpl3Ssp <em>Vmpl3 Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getUCet <em>UCet</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getVmpl <em>Vmpl</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getCpl <em>Cpl</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getEfer <em>Efer</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getXss <em>Xss</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getCr4 <em>Cr4</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getCr3 <em>Cr3</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getCr0 <em>Cr0</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr7 <em>Dr7</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr6 <em>Dr6</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRflags <em>Rflags</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRip <em>Rip</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr0 <em>Dr0</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr1 <em>Dr1</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr2 <em>Dr2</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr3 <em>Dr3</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr0AddrMask <em>Dr0 Addr Mask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr1AddrMask <em>Dr1 Addr Mask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr2AddrMask <em>Dr2 Addr Mask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDr3AddrMask <em>Dr3 Addr Mask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRsp <em>Rsp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getSCet <em>SCet</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getSsp <em>Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getIsstAddr <em>Isst Addr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRax <em>Rax</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getStar <em>Star</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getLstar <em>Lstar</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getCstar <em>Cstar</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getSfmask <em>Sfmask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getKernelGsBase <em>Kernel Gs Base</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getSysenterCs <em>Sysenter Cs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getSysenterEsp <em>Sysenter Esp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getSysenterEip <em>Sysenter Eip</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getCr2 <em>Cr2</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getGPat <em>GPat</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getDbgctl <em>Dbgctl</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getBrFrom <em>Br From</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getBrTo <em>Br To</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getLastExcpFrom <em>Last Excp From</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getLastExcpTo <em>Last Excp To</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getPkru <em>Pkru</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getTscAux <em>Tsc Aux</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRcx <em>Rcx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRdx <em>Rdx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRbx <em>Rbx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRbp <em>Rbp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRsi <em>Rsi</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getRdi <em>Rdi</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getR8 <em>R8</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getR9 <em>R9</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getR10 <em>R10</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getR11 <em>R11</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getR12 <em>R12</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getR13 <em>R13</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getR14 <em>R14</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getR15 <em>R15</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getGuestExitInfo1 <em>Guest Exit Info1</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getGuestExitInfo2 <em>Guest Exit Info2</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getGuestExitIntInfo <em>Guest Exit Int Info</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getGuestNrip <em>Guest Nrip</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getSevFeatures <em>Sev Features</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getVintrCtrl <em>Vintr Ctrl</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getGuestExitCode <em>Guest Exit Code</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getVirtualTom <em>Virtual Tom</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getTlbId <em>Tlb Id</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getPcpuId <em>Pcpu Id</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getEventInj <em>Event Inj</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getXcr0 <em>Xcr0</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getX87Dp <em>X87 Dp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getMxcsr <em>Mxcsr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getX87Ftw <em>X87 Ftw</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getX87Fsw <em>X87 Fsw</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getX87Fcw <em>X87 Fcw</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getX87Fop <em>X87 Fop</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getX87Ds <em>X87 Ds</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getX87Cs <em>X87 Cs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getX87Rip <em>X87 Rip</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getFpregX87 <em>Fpreg X87</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getFpregXmm <em>Fpreg Xmm</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.Vmsa#getFpregYmm <em>Fpreg Ymm</em>}</li>
 * </ul>
 *
 * @see org.cocolaunch.sev.model.SevPackage#getVmsa()
 * @model
 * @generated
 */
public interface Vmsa extends EObject {
	/**
	 * Returns the value of the '<em><b>Es</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ES segment (0x000, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Es</em>' containment reference.
	 * @see #setEs(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Es()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getEs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getEs <em>Es</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Es</em>' containment reference.
	 * @see #getEs()
	 * @generated
	 */
	void setEs(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Cs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CS segment (0x010, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cs</em>' containment reference.
	 * @see #setCs(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Cs()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getCs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getCs <em>Cs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cs</em>' containment reference.
	 * @see #getCs()
	 * @generated
	 */
	void setCs(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Ss</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SS segment (0x020, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ss</em>' containment reference.
	 * @see #setSs(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Ss()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getSs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getSs <em>Ss</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ss</em>' containment reference.
	 * @see #getSs()
	 * @generated
	 */
	void setSs(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Ds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DS segment (0x030, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ds</em>' containment reference.
	 * @see #setDs(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Ds()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getDs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDs <em>Ds</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ds</em>' containment reference.
	 * @see #getDs()
	 * @generated
	 */
	void setDs(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Fs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FS segment (0x040, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fs</em>' containment reference.
	 * @see #setFs(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Fs()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getFs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getFs <em>Fs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fs</em>' containment reference.
	 * @see #getFs()
	 * @generated
	 */
	void setFs(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Gs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GS segment (0x050, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gs</em>' containment reference.
	 * @see #setGs(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Gs()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getGs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getGs <em>Gs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gs</em>' containment reference.
	 * @see #getGs()
	 * @generated
	 */
	void setGs(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Gdtr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GDTR segment (0x060, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gdtr</em>' containment reference.
	 * @see #setGdtr(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Gdtr()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getGdtr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getGdtr <em>Gdtr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gdtr</em>' containment reference.
	 * @see #getGdtr()
	 * @generated
	 */
	void setGdtr(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Ldtr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LDTR segment (0x070, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ldtr</em>' containment reference.
	 * @see #setLdtr(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Ldtr()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getLdtr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getLdtr <em>Ldtr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ldtr</em>' containment reference.
	 * @see #getLdtr()
	 * @generated
	 */
	void setLdtr(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Idtr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IDTR segment (0x080, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Idtr</em>' containment reference.
	 * @see #setIdtr(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Idtr()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getIdtr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getIdtr <em>Idtr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Idtr</em>' containment reference.
	 * @see #getIdtr()
	 * @generated
	 */
	void setIdtr(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Tr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TR segment (0x090, 16 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tr</em>' containment reference.
	 * @see #setTr(VmcbSegment)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Tr()
	 * @model containment="true"
	 * @generated
	 */
	VmcbSegment getTr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getTr <em>Tr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tr</em>' containment reference.
	 * @see #getTr()
	 * @generated
	 */
	void setTr(VmcbSegment value);

	/**
	 * Returns the value of the '<em><b>Vmpl0 Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMPL0 shadow stack pointer (0x0A0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vmpl0 Ssp</em>' attribute.
	 * @see #setVmpl0Ssp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Vmpl0Ssp()
	 * @model
	 * @generated
	 */
	long getVmpl0Ssp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getVmpl0Ssp <em>Vmpl0 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vmpl0 Ssp</em>' attribute.
	 * @see #getVmpl0Ssp()
	 * @generated
	 */
	void setVmpl0Ssp(long value);

	/**
	 * Returns the value of the '<em><b>Vmpl1 Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMPL1 shadow stack pointer (0x0A8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vmpl1 Ssp</em>' attribute.
	 * @see #setVmpl1Ssp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Vmpl1Ssp()
	 * @model
	 * @generated
	 */
	long getVmpl1Ssp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getVmpl1Ssp <em>Vmpl1 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vmpl1 Ssp</em>' attribute.
	 * @see #getVmpl1Ssp()
	 * @generated
	 */
	void setVmpl1Ssp(long value);

	/**
	 * Returns the value of the '<em><b>Vmpl2 Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMPL2 shadow stack pointer (0x0B0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vmpl2 Ssp</em>' attribute.
	 * @see #setVmpl2Ssp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Vmpl2Ssp()
	 * @model
	 * @generated
	 */
	long getVmpl2Ssp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getVmpl2Ssp <em>Vmpl2 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vmpl2 Ssp</em>' attribute.
	 * @see #getVmpl2Ssp()
	 * @generated
	 */
	void setVmpl2Ssp(long value);

	/**
	 * Returns the value of the '<em><b>Vmpl3 Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMPL3 shadow stack pointer (0x0B8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vmpl3 Ssp</em>' attribute.
	 * @see #setVmpl3Ssp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Vmpl3Ssp()
	 * @model
	 * @generated
	 */
	long getVmpl3Ssp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getVmpl3Ssp <em>Vmpl3 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vmpl3 Ssp</em>' attribute.
	 * @see #getVmpl3Ssp()
	 * @generated
	 */
	void setVmpl3Ssp(long value);

	/**
	 * Returns the value of the '<em><b>UCet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * U_CET (0x0C0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>UCet</em>' attribute.
	 * @see #setUCet(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_UCet()
	 * @model
	 * @generated
	 */
	long getUCet();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getUCet <em>UCet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>UCet</em>' attribute.
	 * @see #getUCet()
	 * @generated
	 */
	void setUCet(long value);

	/**
	 * Returns the value of the '<em><b>Vmpl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMPL (0x0CA, u8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vmpl</em>' attribute.
	 * @see #setVmpl(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Vmpl()
	 * @model
	 * @generated
	 */
	int getVmpl();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getVmpl <em>Vmpl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vmpl</em>' attribute.
	 * @see #getVmpl()
	 * @generated
	 */
	void setVmpl(int value);

	/**
	 * Returns the value of the '<em><b>Cpl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPL (0x0CB, u8).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpl</em>' attribute.
	 * @see #setCpl(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Cpl()
	 * @model
	 * @generated
	 */
	int getCpl();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getCpl <em>Cpl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpl</em>' attribute.
	 * @see #getCpl()
	 * @generated
	 */
	void setCpl(int value);

	/**
	 * Returns the value of the '<em><b>Efer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EFER (0x0D0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Efer</em>' attribute.
	 * @see #setEfer(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Efer()
	 * @model
	 * @generated
	 */
	long getEfer();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getEfer <em>Efer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Efer</em>' attribute.
	 * @see #getEfer()
	 * @generated
	 */
	void setEfer(long value);

	/**
	 * Returns the value of the '<em><b>Xss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XSS (0x140, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xss</em>' attribute.
	 * @see #setXss(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Xss()
	 * @model
	 * @generated
	 */
	long getXss();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getXss <em>Xss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xss</em>' attribute.
	 * @see #getXss()
	 * @generated
	 */
	void setXss(long value);

	/**
	 * Returns the value of the '<em><b>Cr4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CR4 (0x148, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cr4</em>' attribute.
	 * @see #setCr4(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Cr4()
	 * @model
	 * @generated
	 */
	long getCr4();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getCr4 <em>Cr4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr4</em>' attribute.
	 * @see #getCr4()
	 * @generated
	 */
	void setCr4(long value);

	/**
	 * Returns the value of the '<em><b>Cr3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CR3 (0x150, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cr3</em>' attribute.
	 * @see #setCr3(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Cr3()
	 * @model
	 * @generated
	 */
	long getCr3();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getCr3 <em>Cr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr3</em>' attribute.
	 * @see #getCr3()
	 * @generated
	 */
	void setCr3(long value);

	/**
	 * Returns the value of the '<em><b>Cr0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CR0 (0x158, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cr0</em>' attribute.
	 * @see #setCr0(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Cr0()
	 * @model
	 * @generated
	 */
	long getCr0();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getCr0 <em>Cr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr0</em>' attribute.
	 * @see #getCr0()
	 * @generated
	 */
	void setCr0(long value);

	/**
	 * Returns the value of the '<em><b>Dr7</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR7 (0x160, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr7</em>' attribute.
	 * @see #setDr7(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr7()
	 * @model
	 * @generated
	 */
	long getDr7();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr7 <em>Dr7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr7</em>' attribute.
	 * @see #getDr7()
	 * @generated
	 */
	void setDr7(long value);

	/**
	 * Returns the value of the '<em><b>Dr6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR6 (0x168, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr6</em>' attribute.
	 * @see #setDr6(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr6()
	 * @model
	 * @generated
	 */
	long getDr6();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr6 <em>Dr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr6</em>' attribute.
	 * @see #getDr6()
	 * @generated
	 */
	void setDr6(long value);

	/**
	 * Returns the value of the '<em><b>Rflags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RFLAGS (0x170, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rflags</em>' attribute.
	 * @see #setRflags(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rflags()
	 * @model
	 * @generated
	 */
	long getRflags();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRflags <em>Rflags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rflags</em>' attribute.
	 * @see #getRflags()
	 * @generated
	 */
	void setRflags(long value);

	/**
	 * Returns the value of the '<em><b>Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RIP (0x178, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rip</em>' attribute.
	 * @see #setRip(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rip()
	 * @model
	 * @generated
	 */
	long getRip();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRip <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rip</em>' attribute.
	 * @see #getRip()
	 * @generated
	 */
	void setRip(long value);

	/**
	 * Returns the value of the '<em><b>Dr0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR0 (0x180, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr0</em>' attribute.
	 * @see #setDr0(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr0()
	 * @model
	 * @generated
	 */
	long getDr0();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr0 <em>Dr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr0</em>' attribute.
	 * @see #getDr0()
	 * @generated
	 */
	void setDr0(long value);

	/**
	 * Returns the value of the '<em><b>Dr1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR1 (0x188, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr1</em>' attribute.
	 * @see #setDr1(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr1()
	 * @model
	 * @generated
	 */
	long getDr1();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr1 <em>Dr1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr1</em>' attribute.
	 * @see #getDr1()
	 * @generated
	 */
	void setDr1(long value);

	/**
	 * Returns the value of the '<em><b>Dr2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR2 (0x190, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr2</em>' attribute.
	 * @see #setDr2(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr2()
	 * @model
	 * @generated
	 */
	long getDr2();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr2 <em>Dr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr2</em>' attribute.
	 * @see #getDr2()
	 * @generated
	 */
	void setDr2(long value);

	/**
	 * Returns the value of the '<em><b>Dr3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR3 (0x198, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr3</em>' attribute.
	 * @see #setDr3(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr3()
	 * @model
	 * @generated
	 */
	long getDr3();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr3 <em>Dr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr3</em>' attribute.
	 * @see #getDr3()
	 * @generated
	 */
	void setDr3(long value);

	/**
	 * Returns the value of the '<em><b>Dr0 Addr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR0 address mask (0x1A0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr0 Addr Mask</em>' attribute.
	 * @see #setDr0AddrMask(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr0AddrMask()
	 * @model
	 * @generated
	 */
	long getDr0AddrMask();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr0AddrMask <em>Dr0 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr0 Addr Mask</em>' attribute.
	 * @see #getDr0AddrMask()
	 * @generated
	 */
	void setDr0AddrMask(long value);

	/**
	 * Returns the value of the '<em><b>Dr1 Addr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR1 address mask (0x1A8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr1 Addr Mask</em>' attribute.
	 * @see #setDr1AddrMask(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr1AddrMask()
	 * @model
	 * @generated
	 */
	long getDr1AddrMask();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr1AddrMask <em>Dr1 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr1 Addr Mask</em>' attribute.
	 * @see #getDr1AddrMask()
	 * @generated
	 */
	void setDr1AddrMask(long value);

	/**
	 * Returns the value of the '<em><b>Dr2 Addr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR2 address mask (0x1B0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr2 Addr Mask</em>' attribute.
	 * @see #setDr2AddrMask(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr2AddrMask()
	 * @model
	 * @generated
	 */
	long getDr2AddrMask();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr2AddrMask <em>Dr2 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr2 Addr Mask</em>' attribute.
	 * @see #getDr2AddrMask()
	 * @generated
	 */
	void setDr2AddrMask(long value);

	/**
	 * Returns the value of the '<em><b>Dr3 Addr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DR3 address mask (0x1B8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dr3 Addr Mask</em>' attribute.
	 * @see #setDr3AddrMask(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dr3AddrMask()
	 * @model
	 * @generated
	 */
	long getDr3AddrMask();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDr3AddrMask <em>Dr3 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dr3 Addr Mask</em>' attribute.
	 * @see #getDr3AddrMask()
	 * @generated
	 */
	void setDr3AddrMask(long value);

	/**
	 * Returns the value of the '<em><b>Rsp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RSP (0x1D8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rsp</em>' attribute.
	 * @see #setRsp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rsp()
	 * @model
	 * @generated
	 */
	long getRsp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRsp <em>Rsp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rsp</em>' attribute.
	 * @see #getRsp()
	 * @generated
	 */
	void setRsp(long value);

	/**
	 * Returns the value of the '<em><b>SCet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * S_CET (0x1E0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>SCet</em>' attribute.
	 * @see #setSCet(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_SCet()
	 * @model
	 * @generated
	 */
	long getSCet();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getSCet <em>SCet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>SCet</em>' attribute.
	 * @see #getSCet()
	 * @generated
	 */
	void setSCet(long value);

	/**
	 * Returns the value of the '<em><b>Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SSP (0x1E8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ssp</em>' attribute.
	 * @see #setSsp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Ssp()
	 * @model
	 * @generated
	 */
	long getSsp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getSsp <em>Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssp</em>' attribute.
	 * @see #getSsp()
	 * @generated
	 */
	void setSsp(long value);

	/**
	 * Returns the value of the '<em><b>Isst Addr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISST_ADDR (0x1F0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Isst Addr</em>' attribute.
	 * @see #setIsstAddr(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_IsstAddr()
	 * @model
	 * @generated
	 */
	long getIsstAddr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getIsstAddr <em>Isst Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isst Addr</em>' attribute.
	 * @see #getIsstAddr()
	 * @generated
	 */
	void setIsstAddr(long value);

	/**
	 * Returns the value of the '<em><b>Rax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RAX (0x1F8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rax</em>' attribute.
	 * @see #setRax(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rax()
	 * @model
	 * @generated
	 */
	long getRax();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRax <em>Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rax</em>' attribute.
	 * @see #getRax()
	 * @generated
	 */
	void setRax(long value);

	/**
	 * Returns the value of the '<em><b>Star</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * STAR (0x200, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Star</em>' attribute.
	 * @see #setStar(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Star()
	 * @model
	 * @generated
	 */
	long getStar();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getStar <em>Star</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Star</em>' attribute.
	 * @see #getStar()
	 * @generated
	 */
	void setStar(long value);

	/**
	 * Returns the value of the '<em><b>Lstar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LSTAR (0x208, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lstar</em>' attribute.
	 * @see #setLstar(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Lstar()
	 * @model
	 * @generated
	 */
	long getLstar();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getLstar <em>Lstar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lstar</em>' attribute.
	 * @see #getLstar()
	 * @generated
	 */
	void setLstar(long value);

	/**
	 * Returns the value of the '<em><b>Cstar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CSTAR (0x210, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cstar</em>' attribute.
	 * @see #setCstar(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Cstar()
	 * @model
	 * @generated
	 */
	long getCstar();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getCstar <em>Cstar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cstar</em>' attribute.
	 * @see #getCstar()
	 * @generated
	 */
	void setCstar(long value);

	/**
	 * Returns the value of the '<em><b>Sfmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SFMASK (0x218, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sfmask</em>' attribute.
	 * @see #setSfmask(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Sfmask()
	 * @model
	 * @generated
	 */
	long getSfmask();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getSfmask <em>Sfmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sfmask</em>' attribute.
	 * @see #getSfmask()
	 * @generated
	 */
	void setSfmask(long value);

	/**
	 * Returns the value of the '<em><b>Kernel Gs Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * KERNEL_GS_BASE (0x220, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel Gs Base</em>' attribute.
	 * @see #setKernelGsBase(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_KernelGsBase()
	 * @model
	 * @generated
	 */
	long getKernelGsBase();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getKernelGsBase <em>Kernel Gs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Gs Base</em>' attribute.
	 * @see #getKernelGsBase()
	 * @generated
	 */
	void setKernelGsBase(long value);

	/**
	 * Returns the value of the '<em><b>Sysenter Cs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SYSENTER_CS (0x228, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sysenter Cs</em>' attribute.
	 * @see #setSysenterCs(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_SysenterCs()
	 * @model
	 * @generated
	 */
	long getSysenterCs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getSysenterCs <em>Sysenter Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sysenter Cs</em>' attribute.
	 * @see #getSysenterCs()
	 * @generated
	 */
	void setSysenterCs(long value);

	/**
	 * Returns the value of the '<em><b>Sysenter Esp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SYSENTER_ESP (0x230, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sysenter Esp</em>' attribute.
	 * @see #setSysenterEsp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_SysenterEsp()
	 * @model
	 * @generated
	 */
	long getSysenterEsp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getSysenterEsp <em>Sysenter Esp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sysenter Esp</em>' attribute.
	 * @see #getSysenterEsp()
	 * @generated
	 */
	void setSysenterEsp(long value);

	/**
	 * Returns the value of the '<em><b>Sysenter Eip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SYSENTER_EIP (0x238, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sysenter Eip</em>' attribute.
	 * @see #setSysenterEip(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_SysenterEip()
	 * @model
	 * @generated
	 */
	long getSysenterEip();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getSysenterEip <em>Sysenter Eip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sysenter Eip</em>' attribute.
	 * @see #getSysenterEip()
	 * @generated
	 */
	void setSysenterEip(long value);

	/**
	 * Returns the value of the '<em><b>Cr2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CR2 (0x240, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cr2</em>' attribute.
	 * @see #setCr2(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Cr2()
	 * @model
	 * @generated
	 */
	long getCr2();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getCr2 <em>Cr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr2</em>' attribute.
	 * @see #getCr2()
	 * @generated
	 */
	void setCr2(long value);

	/**
	 * Returns the value of the '<em><b>GPat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * G_PAT (guest PAT MSR) (0x268, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>GPat</em>' attribute.
	 * @see #setGPat(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_GPat()
	 * @model
	 * @generated
	 */
	long getGPat();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getGPat <em>GPat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>GPat</em>' attribute.
	 * @see #getGPat()
	 * @generated
	 */
	void setGPat(long value);

	/**
	 * Returns the value of the '<em><b>Dbgctl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * DBGCTL (0x270, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dbgctl</em>' attribute.
	 * @see #setDbgctl(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Dbgctl()
	 * @model
	 * @generated
	 */
	long getDbgctl();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getDbgctl <em>Dbgctl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dbgctl</em>' attribute.
	 * @see #getDbgctl()
	 * @generated
	 */
	void setDbgctl(long value);

	/**
	 * Returns the value of the '<em><b>Br From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BR_FROM (0x278, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Br From</em>' attribute.
	 * @see #setBrFrom(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_BrFrom()
	 * @model
	 * @generated
	 */
	long getBrFrom();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getBrFrom <em>Br From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Br From</em>' attribute.
	 * @see #getBrFrom()
	 * @generated
	 */
	void setBrFrom(long value);

	/**
	 * Returns the value of the '<em><b>Br To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BR_TO (0x280, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Br To</em>' attribute.
	 * @see #setBrTo(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_BrTo()
	 * @model
	 * @generated
	 */
	long getBrTo();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getBrTo <em>Br To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Br To</em>' attribute.
	 * @see #getBrTo()
	 * @generated
	 */
	void setBrTo(long value);

	/**
	 * Returns the value of the '<em><b>Last Excp From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LAST_EXCP_FROM (0x288, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Excp From</em>' attribute.
	 * @see #setLastExcpFrom(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_LastExcpFrom()
	 * @model
	 * @generated
	 */
	long getLastExcpFrom();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getLastExcpFrom <em>Last Excp From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Excp From</em>' attribute.
	 * @see #getLastExcpFrom()
	 * @generated
	 */
	void setLastExcpFrom(long value);

	/**
	 * Returns the value of the '<em><b>Last Excp To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LAST_EXCP_TO (0x290, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Last Excp To</em>' attribute.
	 * @see #setLastExcpTo(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_LastExcpTo()
	 * @model
	 * @generated
	 */
	long getLastExcpTo();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getLastExcpTo <em>Last Excp To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Excp To</em>' attribute.
	 * @see #getLastExcpTo()
	 * @generated
	 */
	void setLastExcpTo(long value);

	/**
	 * Returns the value of the '<em><b>Pkru</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PKRU (0x2E8, u32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pkru</em>' attribute.
	 * @see #setPkru(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Pkru()
	 * @model
	 * @generated
	 */
	int getPkru();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getPkru <em>Pkru</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pkru</em>' attribute.
	 * @see #getPkru()
	 * @generated
	 */
	void setPkru(int value);

	/**
	 * Returns the value of the '<em><b>Tsc Aux</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TSC_AUX (0x2EC, u32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tsc Aux</em>' attribute.
	 * @see #setTscAux(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_TscAux()
	 * @model
	 * @generated
	 */
	int getTscAux();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getTscAux <em>Tsc Aux</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tsc Aux</em>' attribute.
	 * @see #getTscAux()
	 * @generated
	 */
	void setTscAux(int value);

	/**
	 * Returns the value of the '<em><b>Rcx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RCX (0x308, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rcx</em>' attribute.
	 * @see #setRcx(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rcx()
	 * @model
	 * @generated
	 */
	long getRcx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRcx <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rcx</em>' attribute.
	 * @see #getRcx()
	 * @generated
	 */
	void setRcx(long value);

	/**
	 * Returns the value of the '<em><b>Rdx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RDX (0x310, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rdx</em>' attribute.
	 * @see #setRdx(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rdx()
	 * @model
	 * @generated
	 */
	long getRdx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRdx <em>Rdx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdx</em>' attribute.
	 * @see #getRdx()
	 * @generated
	 */
	void setRdx(long value);

	/**
	 * Returns the value of the '<em><b>Rbx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RBX (0x318, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rbx</em>' attribute.
	 * @see #setRbx(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rbx()
	 * @model
	 * @generated
	 */
	long getRbx();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRbx <em>Rbx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rbx</em>' attribute.
	 * @see #getRbx()
	 * @generated
	 */
	void setRbx(long value);

	/**
	 * Returns the value of the '<em><b>Rbp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RBP (0x328, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rbp</em>' attribute.
	 * @see #setRbp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rbp()
	 * @model
	 * @generated
	 */
	long getRbp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRbp <em>Rbp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rbp</em>' attribute.
	 * @see #getRbp()
	 * @generated
	 */
	void setRbp(long value);

	/**
	 * Returns the value of the '<em><b>Rsi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RSI (0x330, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rsi</em>' attribute.
	 * @see #setRsi(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rsi()
	 * @model
	 * @generated
	 */
	long getRsi();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRsi <em>Rsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rsi</em>' attribute.
	 * @see #getRsi()
	 * @generated
	 */
	void setRsi(long value);

	/**
	 * Returns the value of the '<em><b>Rdi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * RDI (0x338, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rdi</em>' attribute.
	 * @see #setRdi(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Rdi()
	 * @model
	 * @generated
	 */
	long getRdi();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getRdi <em>Rdi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rdi</em>' attribute.
	 * @see #getRdi()
	 * @generated
	 */
	void setRdi(long value);

	/**
	 * Returns the value of the '<em><b>R8</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R8 (0x340, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R8</em>' attribute.
	 * @see #setR8(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_R8()
	 * @model
	 * @generated
	 */
	long getR8();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getR8 <em>R8</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R8</em>' attribute.
	 * @see #getR8()
	 * @generated
	 */
	void setR8(long value);

	/**
	 * Returns the value of the '<em><b>R9</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R9 (0x348, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R9</em>' attribute.
	 * @see #setR9(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_R9()
	 * @model
	 * @generated
	 */
	long getR9();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getR9 <em>R9</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R9</em>' attribute.
	 * @see #getR9()
	 * @generated
	 */
	void setR9(long value);

	/**
	 * Returns the value of the '<em><b>R10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R10 (0x350, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R10</em>' attribute.
	 * @see #setR10(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_R10()
	 * @model
	 * @generated
	 */
	long getR10();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getR10 <em>R10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R10</em>' attribute.
	 * @see #getR10()
	 * @generated
	 */
	void setR10(long value);

	/**
	 * Returns the value of the '<em><b>R11</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R11 (0x358, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R11</em>' attribute.
	 * @see #setR11(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_R11()
	 * @model
	 * @generated
	 */
	long getR11();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getR11 <em>R11</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R11</em>' attribute.
	 * @see #getR11()
	 * @generated
	 */
	void setR11(long value);

	/**
	 * Returns the value of the '<em><b>R12</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R12 (0x360, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R12</em>' attribute.
	 * @see #setR12(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_R12()
	 * @model
	 * @generated
	 */
	long getR12();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getR12 <em>R12</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R12</em>' attribute.
	 * @see #getR12()
	 * @generated
	 */
	void setR12(long value);

	/**
	 * Returns the value of the '<em><b>R13</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R13 (0x368, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R13</em>' attribute.
	 * @see #setR13(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_R13()
	 * @model
	 * @generated
	 */
	long getR13();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getR13 <em>R13</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R13</em>' attribute.
	 * @see #getR13()
	 * @generated
	 */
	void setR13(long value);

	/**
	 * Returns the value of the '<em><b>R14</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R14 (0x370, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R14</em>' attribute.
	 * @see #setR14(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_R14()
	 * @model
	 * @generated
	 */
	long getR14();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getR14 <em>R14</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R14</em>' attribute.
	 * @see #getR14()
	 * @generated
	 */
	void setR14(long value);

	/**
	 * Returns the value of the '<em><b>R15</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * R15 (0x378, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>R15</em>' attribute.
	 * @see #setR15(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_R15()
	 * @model
	 * @generated
	 */
	long getR15();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getR15 <em>R15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>R15</em>' attribute.
	 * @see #getR15()
	 * @generated
	 */
	void setR15(long value);

	/**
	 * Returns the value of the '<em><b>Guest Exit Info1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GUEST_EXIT_INFO_1 (0x390, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Exit Info1</em>' attribute.
	 * @see #setGuestExitInfo1(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_GuestExitInfo1()
	 * @model
	 * @generated
	 */
	long getGuestExitInfo1();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getGuestExitInfo1 <em>Guest Exit Info1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Exit Info1</em>' attribute.
	 * @see #getGuestExitInfo1()
	 * @generated
	 */
	void setGuestExitInfo1(long value);

	/**
	 * Returns the value of the '<em><b>Guest Exit Info2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GUEST_EXIT_INFO_2 (0x398, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Exit Info2</em>' attribute.
	 * @see #setGuestExitInfo2(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_GuestExitInfo2()
	 * @model
	 * @generated
	 */
	long getGuestExitInfo2();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getGuestExitInfo2 <em>Guest Exit Info2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Exit Info2</em>' attribute.
	 * @see #getGuestExitInfo2()
	 * @generated
	 */
	void setGuestExitInfo2(long value);

	/**
	 * Returns the value of the '<em><b>Guest Exit Int Info</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GUEST_EXIT_INT_INFO (0x3A0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Exit Int Info</em>' attribute.
	 * @see #setGuestExitIntInfo(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_GuestExitIntInfo()
	 * @model
	 * @generated
	 */
	long getGuestExitIntInfo();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getGuestExitIntInfo <em>Guest Exit Int Info</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Exit Int Info</em>' attribute.
	 * @see #getGuestExitIntInfo()
	 * @generated
	 */
	void setGuestExitIntInfo(long value);

	/**
	 * Returns the value of the '<em><b>Guest Nrip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GUEST_NRIP (0x3A8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Nrip</em>' attribute.
	 * @see #setGuestNrip(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_GuestNrip()
	 * @model
	 * @generated
	 */
	long getGuestNrip();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getGuestNrip <em>Guest Nrip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Nrip</em>' attribute.
	 * @see #getGuestNrip()
	 * @generated
	 */
	void setGuestNrip(long value);

	/**
	 * Returns the value of the '<em><b>Sev Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SEV_FEATURES (bits: SevFeature) (0x3B0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sev Features</em>' attribute.
	 * @see #setSevFeatures(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_SevFeatures()
	 * @model
	 * @generated
	 */
	long getSevFeatures();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getSevFeatures <em>Sev Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sev Features</em>' attribute.
	 * @see #getSevFeatures()
	 * @generated
	 */
	void setSevFeatures(long value);

	/**
	 * Returns the value of the '<em><b>Vintr Ctrl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VINTR_CTRL (0x3B8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vintr Ctrl</em>' attribute.
	 * @see #setVintrCtrl(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_VintrCtrl()
	 * @model
	 * @generated
	 */
	long getVintrCtrl();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getVintrCtrl <em>Vintr Ctrl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vintr Ctrl</em>' attribute.
	 * @see #getVintrCtrl()
	 * @generated
	 */
	void setVintrCtrl(long value);

	/**
	 * Returns the value of the '<em><b>Guest Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GUEST_EXIT_CODE (0x3C0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guest Exit Code</em>' attribute.
	 * @see #setGuestExitCode(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_GuestExitCode()
	 * @model
	 * @generated
	 */
	long getGuestExitCode();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getGuestExitCode <em>Guest Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Exit Code</em>' attribute.
	 * @see #getGuestExitCode()
	 * @generated
	 */
	void setGuestExitCode(long value);

	/**
	 * Returns the value of the '<em><b>Virtual Tom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VIRTUAL_TOM (0x3C8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtual Tom</em>' attribute.
	 * @see #setVirtualTom(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_VirtualTom()
	 * @model
	 * @generated
	 */
	long getVirtualTom();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getVirtualTom <em>Virtual Tom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtual Tom</em>' attribute.
	 * @see #getVirtualTom()
	 * @generated
	 */
	void setVirtualTom(long value);

	/**
	 * Returns the value of the '<em><b>Tlb Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TLB_ID (0x3D0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tlb Id</em>' attribute.
	 * @see #setTlbId(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_TlbId()
	 * @model
	 * @generated
	 */
	long getTlbId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getTlbId <em>Tlb Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tlb Id</em>' attribute.
	 * @see #getTlbId()
	 * @generated
	 */
	void setTlbId(long value);

	/**
	 * Returns the value of the '<em><b>Pcpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PCPU_ID (0x3D8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pcpu Id</em>' attribute.
	 * @see #setPcpuId(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_PcpuId()
	 * @model
	 * @generated
	 */
	long getPcpuId();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getPcpuId <em>Pcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pcpu Id</em>' attribute.
	 * @see #getPcpuId()
	 * @generated
	 */
	void setPcpuId(long value);

	/**
	 * Returns the value of the '<em><b>Event Inj</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * EVENT_INJ (0x3E0, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Inj</em>' attribute.
	 * @see #setEventInj(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_EventInj()
	 * @model
	 * @generated
	 */
	long getEventInj();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getEventInj <em>Event Inj</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Inj</em>' attribute.
	 * @see #getEventInj()
	 * @generated
	 */
	void setEventInj(long value);

	/**
	 * Returns the value of the '<em><b>Xcr0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * XCR0 (0x3E8, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xcr0</em>' attribute.
	 * @see #setXcr0(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Xcr0()
	 * @model
	 * @generated
	 */
	long getXcr0();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getXcr0 <em>Xcr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xcr0</em>' attribute.
	 * @see #getXcr0()
	 * @generated
	 */
	void setXcr0(long value);

	/**
	 * Returns the value of the '<em><b>X87 Dp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X87_DP (0x400, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X87 Dp</em>' attribute.
	 * @see #setX87Dp(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_X87Dp()
	 * @model
	 * @generated
	 */
	long getX87Dp();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getX87Dp <em>X87 Dp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X87 Dp</em>' attribute.
	 * @see #getX87Dp()
	 * @generated
	 */
	void setX87Dp(long value);

	/**
	 * Returns the value of the '<em><b>Mxcsr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MXCSR (0x408, u32).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mxcsr</em>' attribute.
	 * @see #setMxcsr(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_Mxcsr()
	 * @model
	 * @generated
	 */
	int getMxcsr();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getMxcsr <em>Mxcsr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mxcsr</em>' attribute.
	 * @see #getMxcsr()
	 * @generated
	 */
	void setMxcsr(int value);

	/**
	 * Returns the value of the '<em><b>X87 Ftw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X87_FTW (0x40C, u16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X87 Ftw</em>' attribute.
	 * @see #setX87Ftw(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_X87Ftw()
	 * @model
	 * @generated
	 */
	int getX87Ftw();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getX87Ftw <em>X87 Ftw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X87 Ftw</em>' attribute.
	 * @see #getX87Ftw()
	 * @generated
	 */
	void setX87Ftw(int value);

	/**
	 * Returns the value of the '<em><b>X87 Fsw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X87_FSW (0x40E, u16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X87 Fsw</em>' attribute.
	 * @see #setX87Fsw(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_X87Fsw()
	 * @model
	 * @generated
	 */
	int getX87Fsw();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getX87Fsw <em>X87 Fsw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X87 Fsw</em>' attribute.
	 * @see #getX87Fsw()
	 * @generated
	 */
	void setX87Fsw(int value);

	/**
	 * Returns the value of the '<em><b>X87 Fcw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X87_FCW (0x410, u16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X87 Fcw</em>' attribute.
	 * @see #setX87Fcw(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_X87Fcw()
	 * @model
	 * @generated
	 */
	int getX87Fcw();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getX87Fcw <em>X87 Fcw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X87 Fcw</em>' attribute.
	 * @see #getX87Fcw()
	 * @generated
	 */
	void setX87Fcw(int value);

	/**
	 * Returns the value of the '<em><b>X87 Fop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X87_FOP (0x412, u16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X87 Fop</em>' attribute.
	 * @see #setX87Fop(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_X87Fop()
	 * @model
	 * @generated
	 */
	int getX87Fop();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getX87Fop <em>X87 Fop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X87 Fop</em>' attribute.
	 * @see #getX87Fop()
	 * @generated
	 */
	void setX87Fop(int value);

	/**
	 * Returns the value of the '<em><b>X87 Ds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X87_DS (0x414, u16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X87 Ds</em>' attribute.
	 * @see #setX87Ds(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_X87Ds()
	 * @model
	 * @generated
	 */
	int getX87Ds();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getX87Ds <em>X87 Ds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X87 Ds</em>' attribute.
	 * @see #getX87Ds()
	 * @generated
	 */
	void setX87Ds(int value);

	/**
	 * Returns the value of the '<em><b>X87 Cs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X87_CS (0x416, u16).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X87 Cs</em>' attribute.
	 * @see #setX87Cs(int)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_X87Cs()
	 * @model
	 * @generated
	 */
	int getX87Cs();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getX87Cs <em>X87 Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X87 Cs</em>' attribute.
	 * @see #getX87Cs()
	 * @generated
	 */
	void setX87Cs(int value);

	/**
	 * Returns the value of the '<em><b>X87 Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * X87_RIP (0x418, u64).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>X87 Rip</em>' attribute.
	 * @see #setX87Rip(long)
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_X87Rip()
	 * @model
	 * @generated
	 */
	long getX87Rip();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getX87Rip <em>X87 Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>X87 Rip</em>' attribute.
	 * @see #getX87Rip()
	 * @generated
	 */
	void setX87Rip(long value);

	/**
	 * Returns the value of the '<em><b>Fpreg X87</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FPREG_X87: 8 x 8 low bytes, then 8 x 2 high bytes (0x420, 80 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fpreg X87</em>' attribute.
	 * @see #setFpregX87(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_FpregX87()
	 * @model
	 * @generated
	 */
	byte[] getFpregX87();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getFpregX87 <em>Fpreg X87</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fpreg X87</em>' attribute.
	 * @see #getFpregX87()
	 * @generated
	 */
	void setFpregX87(byte[] value);

	/**
	 * Returns the value of the '<em><b>Fpreg Xmm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FPREG_XMM: XMM0-15 (0x470, 256 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fpreg Xmm</em>' attribute.
	 * @see #setFpregXmm(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_FpregXmm()
	 * @model
	 * @generated
	 */
	byte[] getFpregXmm();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getFpregXmm <em>Fpreg Xmm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fpreg Xmm</em>' attribute.
	 * @see #getFpregXmm()
	 * @generated
	 */
	void setFpregXmm(byte[] value);

	/**
	 * Returns the value of the '<em><b>Fpreg Ymm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * FPREG_YMM: high halves of YMM0-15 (0x570, 256 bytes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fpreg Ymm</em>' attribute.
	 * @see #setFpregYmm(byte[])
	 * @see org.cocolaunch.sev.model.SevPackage#getVmsa_FpregYmm()
	 * @model
	 * @generated
	 */
	byte[] getFpregYmm();

	/**
	 * Sets the value of the '{@link org.cocolaunch.sev.model.Vmsa#getFpregYmm <em>Fpreg Ymm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fpreg Ymm</em>' attribute.
	 * @see #getFpregYmm()
	 * @generated
	 */
	void setFpregYmm(byte[] value);

} // Vmsa
