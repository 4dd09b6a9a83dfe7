/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.VmcbSegment;
import org.cocolaunch.sev.model.Vmsa;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vmsa</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getEs <em>Es</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getCs <em>Cs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getSs <em>Ss</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDs <em>Ds</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getFs <em>Fs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getGs <em>Gs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getGdtr <em>Gdtr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getLdtr <em>Ldtr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getIdtr <em>Idtr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getTr <em>Tr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getVmpl0Ssp <em>Vmpl0 Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getVmpl1Ssp <em>Vmpl1 Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getVmpl2Ssp <em>Vmpl2 Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getVmpl3Ssp <em>Vmpl3 Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getUCet <em>UCet</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getVmpl <em>Vmpl</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getCpl <em>Cpl</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getEfer <em>Efer</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getXss <em>Xss</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getCr4 <em>Cr4</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getCr3 <em>Cr3</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getCr0 <em>Cr0</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr7 <em>Dr7</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr6 <em>Dr6</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRflags <em>Rflags</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRip <em>Rip</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr0 <em>Dr0</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr1 <em>Dr1</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr2 <em>Dr2</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr3 <em>Dr3</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr0AddrMask <em>Dr0 Addr Mask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr1AddrMask <em>Dr1 Addr Mask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr2AddrMask <em>Dr2 Addr Mask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDr3AddrMask <em>Dr3 Addr Mask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRsp <em>Rsp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getSCet <em>SCet</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getSsp <em>Ssp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getIsstAddr <em>Isst Addr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRax <em>Rax</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getStar <em>Star</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getLstar <em>Lstar</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getCstar <em>Cstar</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getSfmask <em>Sfmask</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getKernelGsBase <em>Kernel Gs Base</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getSysenterCs <em>Sysenter Cs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getSysenterEsp <em>Sysenter Esp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getSysenterEip <em>Sysenter Eip</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getCr2 <em>Cr2</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getGPat <em>GPat</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getDbgctl <em>Dbgctl</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getBrFrom <em>Br From</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getBrTo <em>Br To</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getLastExcpFrom <em>Last Excp From</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getLastExcpTo <em>Last Excp To</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getPkru <em>Pkru</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getTscAux <em>Tsc Aux</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRcx <em>Rcx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRdx <em>Rdx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRbx <em>Rbx</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRbp <em>Rbp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRsi <em>Rsi</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getRdi <em>Rdi</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getR8 <em>R8</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getR9 <em>R9</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getR10 <em>R10</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getR11 <em>R11</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getR12 <em>R12</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getR13 <em>R13</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getR14 <em>R14</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getR15 <em>R15</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getGuestExitInfo1 <em>Guest Exit Info1</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getGuestExitInfo2 <em>Guest Exit Info2</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getGuestExitIntInfo <em>Guest Exit Int Info</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getGuestNrip <em>Guest Nrip</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getSevFeatures <em>Sev Features</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getVintrCtrl <em>Vintr Ctrl</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getGuestExitCode <em>Guest Exit Code</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getVirtualTom <em>Virtual Tom</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getTlbId <em>Tlb Id</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getPcpuId <em>Pcpu Id</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getEventInj <em>Event Inj</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getXcr0 <em>Xcr0</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getX87Dp <em>X87 Dp</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getMxcsr <em>Mxcsr</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getX87Ftw <em>X87 Ftw</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getX87Fsw <em>X87 Fsw</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getX87Fcw <em>X87 Fcw</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getX87Fop <em>X87 Fop</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getX87Ds <em>X87 Ds</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getX87Cs <em>X87 Cs</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getX87Rip <em>X87 Rip</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getFpregX87 <em>Fpreg X87</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getFpregXmm <em>Fpreg Xmm</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.VmsaImpl#getFpregYmm <em>Fpreg Ymm</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VmsaImpl extends MinimalEObjectImpl.Container implements Vmsa {
	/**
	 * The cached value of the '{@link #getEs() <em>Es</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEs()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment es;

	/**
	 * The cached value of the '{@link #getCs() <em>Cs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCs()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment cs;

	/**
	 * The cached value of the '{@link #getSs() <em>Ss</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSs()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment ss;

	/**
	 * The cached value of the '{@link #getDs() <em>Ds</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDs()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment ds;

	/**
	 * The cached value of the '{@link #getFs() <em>Fs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFs()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment fs;

	/**
	 * The cached value of the '{@link #getGs() <em>Gs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGs()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment gs;

	/**
	 * The cached value of the '{@link #getGdtr() <em>Gdtr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGdtr()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment gdtr;

	/**
	 * The cached value of the '{@link #getLdtr() <em>Ldtr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLdtr()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment ldtr;

	/**
	 * The cached value of the '{@link #getIdtr() <em>Idtr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdtr()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment idtr;

	/**
	 * The cached value of the '{@link #getTr() <em>Tr</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTr()
	 * @generated
	 * @ordered
	 */
	protected VmcbSegment tr;

	/**
	 * The default value of the '{@link #getVmpl0Ssp() <em>Vmpl0 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl0Ssp()
	 * @generated
	 * @ordered
	 */
	protected static final long VMPL0_SSP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVmpl0Ssp() <em>Vmpl0 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl0Ssp()
	 * @generated
	 * @ordered
	 */
	protected long vmpl0Ssp = VMPL0_SSP_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmpl1Ssp() <em>Vmpl1 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl1Ssp()
	 * @generated
	 * @ordered
	 */
	protected static final long VMPL1_SSP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVmpl1Ssp() <em>Vmpl1 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl1Ssp()
	 * @generated
	 * @ordered
	 */
	protected long vmpl1Ssp = VMPL1_SSP_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmpl2Ssp() <em>Vmpl2 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl2Ssp()
	 * @generated
	 * @ordered
	 */
	protected static final long VMPL2_SSP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVmpl2Ssp() <em>Vmpl2 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl2Ssp()
	 * @generated
	 * @ordered
	 */
	protected long vmpl2Ssp = VMPL2_SSP_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmpl3Ssp() <em>Vmpl3 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl3Ssp()
	 * @generated
	 * @ordered
	 */
	protected static final long VMPL3_SSP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVmpl3Ssp() <em>Vmpl3 Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl3Ssp()
	 * @generated
	 * @ordered
	 */
	protected long vmpl3Ssp = VMPL3_SSP_EDEFAULT;

	/**
	 * The default value of the '{@link #getUCet() <em>UCet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUCet()
	 * @generated
	 * @ordered
	 */
	protected static final long UCET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getUCet() <em>UCet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUCet()
	 * @generated
	 * @ordered
	 */
	protected long uCet = UCET_EDEFAULT;

	/**
	 * The default value of the '{@link #getVmpl() <em>Vmpl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl()
	 * @generated
	 * @ordered
	 */
	protected static final int VMPL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVmpl() <em>Vmpl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmpl()
	 * @generated
	 * @ordered
	 */
	protected int vmpl = VMPL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpl() <em>Cpl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpl()
	 * @generated
	 * @ordered
	 */
	protected static final int CPL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpl() <em>Cpl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpl()
	 * @generated
	 * @ordered
	 */
	protected int cpl = CPL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEfer() <em>Efer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEfer()
	 * @generated
	 * @ordered
	 */
	protected static final long EFER_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEfer() <em>Efer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEfer()
	 * @generated
	 * @ordered
	 */
	protected long efer = EFER_EDEFAULT;

	/**
	 * The default value of the '{@link #getXss() <em>Xss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXss()
	 * @generated
	 * @ordered
	 */
	protected static final long XSS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getXss() <em>Xss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXss()
	 * @generated
	 * @ordered
	 */
	protected long xss = XSS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCr4() <em>Cr4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr4()
	 * @generated
	 * @ordered
	 */
	protected static final long CR4_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCr4() <em>Cr4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr4()
	 * @generated
	 * @ordered
	 */
	protected long cr4 = CR4_EDEFAULT;

	/**
	 * The default value of the '{@link #getCr3() <em>Cr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3()
	 * @generated
	 * @ordered
	 */
	protected static final long CR3_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCr3() <em>Cr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3()
	 * @generated
	 * @ordered
	 */
	protected long cr3 = CR3_EDEFAULT;

	/**
	 * The default value of the '{@link #getCr0() <em>Cr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr0()
	 * @generated
	 * @ordered
	 */
	protected static final long CR0_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCr0() <em>Cr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr0()
	 * @generated
	 * @ordered
	 */
	protected long cr0 = CR0_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr7() <em>Dr7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr7()
	 * @generated
	 * @ordered
	 */
	protected static final long DR7_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr7() <em>Dr7</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr7()
	 * @generated
	 * @ordered
	 */
	protected long dr7 = DR7_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr6() <em>Dr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr6()
	 * @generated
	 * @ordered
	 */
	protected static final long DR6_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr6() <em>Dr6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr6()
	 * @generated
	 * @ordered
	 */
	protected long dr6 = DR6_EDEFAULT;

	/**
	 * The default value of the '{@link #getRflags() <em>Rflags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRflags()
	 * @generated
	 * @ordered
	 */
	protected static final long RFLAGS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRflags() <em>Rflags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRflags()
	 * @generated
	 * @ordered
	 */
	protected long rflags = RFLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRip() <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRip()
	 * @generated
	 * @ordered
	 */
	protected static final long RIP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRip() <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRip()
	 * @generated
	 * @ordered
	 */
	protected long rip = RIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr0() <em>Dr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr0()
	 * @generated
	 * @ordered
	 */
	protected static final long DR0_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr0() <em>Dr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr0()
	 * @generated
	 * @ordered
	 */
	protected long dr0 = DR0_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr1() <em>Dr1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr1()
	 * @generated
	 * @ordered
	 */
	protected static final long DR1_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr1() <em>Dr1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr1()
	 * @generated
	 * @ordered
	 */
	protected long dr1 = DR1_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr2() <em>Dr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr2()
	 * @generated
	 * @ordered
	 */
	protected static final long DR2_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr2() <em>Dr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr2()
	 * @generated
	 * @ordered
	 */
	protected long dr2 = DR2_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr3() <em>Dr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr3()
	 * @generated
	 * @ordered
	 */
	protected static final long DR3_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr3() <em>Dr3</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr3()
	 * @generated
	 * @ordered
	 */
	protected long dr3 = DR3_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr0AddrMask() <em>Dr0 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr0AddrMask()
	 * @generated
	 * @ordered
	 */
	protected static final long DR0_ADDR_MASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr0AddrMask() <em>Dr0 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr0AddrMask()
	 * @generated
	 * @ordered
	 */
	protected long dr0AddrMask = DR0_ADDR_MASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr1AddrMask() <em>Dr1 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr1AddrMask()
	 * @generated
	 * @ordered
	 */
	protected static final long DR1_ADDR_MASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr1AddrMask() <em>Dr1 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr1AddrMask()
	 * @generated
	 * @ordered
	 */
	protected long dr1AddrMask = DR1_ADDR_MASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr2AddrMask() <em>Dr2 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr2AddrMask()
	 * @generated
	 * @ordered
	 */
	protected static final long DR2_ADDR_MASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr2AddrMask() <em>Dr2 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr2AddrMask()
	 * @generated
	 * @ordered
	 */
	protected long dr2AddrMask = DR2_ADDR_MASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getDr3AddrMask() <em>Dr3 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr3AddrMask()
	 * @generated
	 * @ordered
	 */
	protected static final long DR3_ADDR_MASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDr3AddrMask() <em>Dr3 Addr Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDr3AddrMask()
	 * @generated
	 * @ordered
	 */
	protected long dr3AddrMask = DR3_ADDR_MASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getRsp() <em>Rsp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsp()
	 * @generated
	 * @ordered
	 */
	protected static final long RSP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRsp() <em>Rsp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsp()
	 * @generated
	 * @ordered
	 */
	protected long rsp = RSP_EDEFAULT;

	/**
	 * The default value of the '{@link #getSCet() <em>SCet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSCet()
	 * @generated
	 * @ordered
	 */
	protected static final long SCET_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSCet() <em>SCet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSCet()
	 * @generated
	 * @ordered
	 */
	protected long sCet = SCET_EDEFAULT;

	/**
	 * The default value of the '{@link #getSsp() <em>Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSsp()
	 * @generated
	 * @ordered
	 */
	protected static final long SSP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSsp() <em>Ssp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSsp()
	 * @generated
	 * @ordered
	 */
	protected long ssp = SSP_EDEFAULT;

	/**
	 * The default value of the '{@link #getIsstAddr() <em>Isst Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsstAddr()
	 * @generated
	 * @ordered
	 */
	protected static final long ISST_ADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIsstAddr() <em>Isst Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsstAddr()
	 * @generated
	 * @ordered
	 */
	protected long isstAddr = ISST_ADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getRax() <em>Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRax()
	 * @generated
	 * @ordered
	 */
	protected static final long RAX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRax() <em>Rax</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRax()
	 * @generated
	 * @ordered
	 */
	protected long rax = RAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getStar() <em>Star</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStar()
	 * @generated
	 * @ordered
	 */
	protected static final long STAR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStar() <em>Star</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStar()
	 * @generated
	 * @ordered
	 */
	protected long star = STAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLstar() <em>Lstar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLstar()
	 * @generated
	 * @ordered
	 */
	protected static final long LSTAR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLstar() <em>Lstar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLstar()
	 * @generated
	 * @ordered
	 */
	protected long lstar = LSTAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCstar() <em>Cstar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCstar()
	 * @generated
	 * @ordered
	 */
	protected static final long CSTAR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCstar() <em>Cstar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCstar()
	 * @generated
	 * @ordered
	 */
	protected long cstar = CSTAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSfmask() <em>Sfmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSfmask()
	 * @generated
	 * @ordered
	 */
	protected static final long SFMASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSfmask() <em>Sfmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSfmask()
	 * @generated
	 * @ordered
	 */
	protected long sfmask = SFMASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getKernelGsBase() <em>Kernel Gs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelGsBase()
	 * @generated
	 * @ordered
	 */
	protected static final long KERNEL_GS_BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getKernelGsBase() <em>Kernel Gs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernelGsBase()
	 * @generated
	 * @ordered
	 */
	protected long kernelGsBase = KERNEL_GS_BASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSysenterCs() <em>Sysenter Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysenterCs()
	 * @generated
	 * @ordered
	 */
	protected static final long SYSENTER_CS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSysenterCs() <em>Sysenter Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysenterCs()
	 * @generated
	 * @ordered
	 */
	protected long sysenterCs = SYSENTER_CS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSysenterEsp() <em>Sysenter Esp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysenterEsp()
	 * @generated
	 * @ordered
	 */
	protected static final long SYSENTER_ESP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSysenterEsp() <em>Sysenter Esp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysenterEsp()
	 * @generated
	 * @ordered
	 */
	protected long sysenterEsp = SYSENTER_ESP_EDEFAULT;

	/**
	 * The default value of the '{@link #getSysenterEip() <em>Sysenter Eip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysenterEip()
	 * @generated
	 * @ordered
	 */
	protected static final long SYSENTER_EIP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSysenterEip() <em>Sysenter Eip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSysenterEip()
	 * @generated
	 * @ordered
	 */
	protected long sysenterEip = SYSENTER_EIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getCr2() <em>Cr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr2()
	 * @generated
	 * @ordered
	 */
	protected static final long CR2_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCr2() <em>Cr2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr2()
	 * @generated
	 * @ordered
	 */
	protected long cr2 = CR2_EDEFAULT;

	/**
	 * The default value of the '{@link #getGPat() <em>GPat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGPat()
	 * @generated
	 * @ordered
	 */
	protected static final long GPAT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGPat() <em>GPat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGPat()
	 * @generated
	 * @ordered
	 */
	protected long gPat = GPAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDbgctl() <em>Dbgctl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDbgctl()
	 * @generated
	 * @ordered
	 */
	protected static final long DBGCTL_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDbgctl() <em>Dbgctl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDbgctl()
	 * @generated
	 * @ordered
	 */
	protected long dbgctl = DBGCTL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBrFrom() <em>Br From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrFrom()
	 * @generated
	 * @ordered
	 */
	protected static final long BR_FROM_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBrFrom() <em>Br From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrFrom()
	 * @generated
	 * @ordered
	 */
	protected long brFrom = BR_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getBrTo() <em>Br To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrTo()
	 * @generated
	 * @ordered
	 */
	protected static final long BR_TO_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getBrTo() <em>Br To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrTo()
	 * @generated
	 * @ordered
	 */
	protected long brTo = BR_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastExcpFrom() <em>Last Excp From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastExcpFrom()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_EXCP_FROM_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLastExcpFrom() <em>Last Excp From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastExcpFrom()
	 * @generated
	 * @ordered
	 */
	protected long lastExcpFrom = LAST_EXCP_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastExcpTo() <em>Last Excp To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastExcpTo()
	 * @generated
	 * @ordered
	 */
	protected static final long LAST_EXCP_TO_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLastExcpTo() <em>Last Excp To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastExcpTo()
	 * @generated
	 * @ordered
	 */
	protected long lastExcpTo = LAST_EXCP_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getPkru() <em>Pkru</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPkru()
	 * @generated
	 * @ordered
	 */
	protected static final int PKRU_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPkru() <em>Pkru</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPkru()
	 * @generated
	 * @ordered
	 */
	protected int pkru = PKRU_EDEFAULT;

	/**
	 * The default value of the '{@link #getTscAux() <em>Tsc Aux</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTscAux()
	 * @generated
	 * @ordered
	 */
	protected static final int TSC_AUX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTscAux() <em>Tsc Aux</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTscAux()
	 * @generated
	 * @ordered
	 */
	protected int tscAux = TSC_AUX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcx() <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcx()
	 * @generated
	 * @ordered
	 */
	protected static final long RCX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRcx() <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcx()
	 * @generated
	 * @ordered
	 */
	protected long rcx = RCX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdx() <em>Rdx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdx()
	 * @generated
	 * @ordered
	 */
	protected static final long RDX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRdx() <em>Rdx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdx()
	 * @generated
	 * @ordered
	 */
	protected long rdx = RDX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRbx() <em>Rbx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbx()
	 * @generated
	 * @ordered
	 */
	protected static final long RBX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRbx() <em>Rbx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbx()
	 * @generated
	 * @ordered
	 */
	protected long rbx = RBX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRbp() <em>Rbp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbp()
	 * @generated
	 * @ordered
	 */
	protected static final long RBP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRbp() <em>Rbp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRbp()
	 * @generated
	 * @ordered
	 */
	protected long rbp = RBP_EDEFAULT;

	/**
	 * The default value of the '{@link #getRsi() <em>Rsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsi()
	 * @generated
	 * @ordered
	 */
	protected static final long RSI_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRsi() <em>Rsi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRsi()
	 * @generated
	 * @ordered
	 */
	protected long rsi = RSI_EDEFAULT;

	/**
	 * The default value of the '{@link #getRdi() <em>Rdi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdi()
	 * @generated
	 * @ordered
	 */
	protected static final long RDI_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRdi() <em>Rdi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRdi()
	 * @generated
	 * @ordered
	 */
	protected long rdi = RDI_EDEFAULT;

	/**
	 * The default value of the '{@link #getR8() <em>R8</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR8()
	 * @generated
	 * @ordered
	 */
	protected static final long R8_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR8() <em>R8</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR8()
	 * @generated
	 * @ordered
	 */
	protected long r8 = R8_EDEFAULT;

	/**
	 * The default value of the '{@link #getR9() <em>R9</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR9()
	 * @generated
	 * @ordered
	 */
	protected static final long R9_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR9() <em>R9</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR9()
	 * @generated
	 * @ordered
	 */
	protected long r9 = R9_EDEFAULT;

	/**
	 * The default value of the '{@link #getR10() <em>R10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR10()
	 * @generated
	 * @ordered
	 */
	protected static final long R10_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR10() <em>R10</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR10()
	 * @generated
	 * @ordered
	 */
	protected long r10 = R10_EDEFAULT;

	/**
	 * The default value of the '{@link #getR11() <em>R11</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR11()
	 * @generated
	 * @ordered
	 */
	protected static final long R11_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR11() <em>R11</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR11()
	 * @generated
	 * @ordered
	 */
	protected long r11 = R11_EDEFAULT;

	/**
	 * The default value of the '{@link #getR12() <em>R12</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR12()
	 * @generated
	 * @ordered
	 */
	protected static final long R12_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR12() <em>R12</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR12()
	 * @generated
	 * @ordered
	 */
	protected long r12 = R12_EDEFAULT;

	/**
	 * The default value of the '{@link #getR13() <em>R13</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR13()
	 * @generated
	 * @ordered
	 */
	protected static final long R13_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR13() <em>R13</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR13()
	 * @generated
	 * @ordered
	 */
	protected long r13 = R13_EDEFAULT;

	/**
	 * The default value of the '{@link #getR14() <em>R14</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR14()
	 * @generated
	 * @ordered
	 */
	protected static final long R14_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR14() <em>R14</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR14()
	 * @generated
	 * @ordered
	 */
	protected long r14 = R14_EDEFAULT;

	/**
	 * The default value of the '{@link #getR15() <em>R15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR15()
	 * @generated
	 * @ordered
	 */
	protected static final long R15_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getR15() <em>R15</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR15()
	 * @generated
	 * @ordered
	 */
	protected long r15 = R15_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestExitInfo1() <em>Guest Exit Info1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestExitInfo1()
	 * @generated
	 * @ordered
	 */
	protected static final long GUEST_EXIT_INFO1_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGuestExitInfo1() <em>Guest Exit Info1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestExitInfo1()
	 * @generated
	 * @ordered
	 */
	protected long guestExitInfo1 = GUEST_EXIT_INFO1_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestExitInfo2() <em>Guest Exit Info2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestExitInfo2()
	 * @generated
	 * @ordered
	 */
	protected static final long GUEST_EXIT_INFO2_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGuestExitInfo2() <em>Guest Exit Info2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestExitInfo2()
	 * @generated
	 * @ordered
	 */
	protected long guestExitInfo2 = GUEST_EXIT_INFO2_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestExitIntInfo() <em>Guest Exit Int Info</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestExitIntInfo()
	 * @generated
	 * @ordered
	 */
	protected static final long GUEST_EXIT_INT_INFO_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGuestExitIntInfo() <em>Guest Exit Int Info</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestExitIntInfo()
	 * @generated
	 * @ordered
	 */
	protected long guestExitIntInfo = GUEST_EXIT_INT_INFO_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestNrip() <em>Guest Nrip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestNrip()
	 * @generated
	 * @ordered
	 */
	protected static final long GUEST_NRIP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGuestNrip() <em>Guest Nrip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestNrip()
	 * @generated
	 * @ordered
	 */
	protected long guestNrip = GUEST_NRIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getSevFeatures() <em>Sev Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSevFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final long SEV_FEATURES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSevFeatures() <em>Sev Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSevFeatures()
	 * @generated
	 * @ordered
	 */
	protected long sevFeatures = SEV_FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getVintrCtrl() <em>Vintr Ctrl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVintrCtrl()
	 * @generated
	 * @ordered
	 */
	protected static final long VINTR_CTRL_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVintrCtrl() <em>Vintr Ctrl</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVintrCtrl()
	 * @generated
	 * @ordered
	 */
	protected long vintrCtrl = VINTR_CTRL_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestExitCode() <em>Guest Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestExitCode()
	 * @generated
	 * @ordered
	 */
	protected static final long GUEST_EXIT_CODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getGuestExitCode() <em>Guest Exit Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestExitCode()
	 * @generated
	 * @ordered
	 */
	protected long guestExitCode = GUEST_EXIT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVirtualTom() <em>Virtual Tom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualTom()
	 * @generated
	 * @ordered
	 */
	protected static final long VIRTUAL_TOM_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVirtualTom() <em>Virtual Tom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualTom()
	 * @generated
	 * @ordered
	 */
	protected long virtualTom = VIRTUAL_TOM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlbId() <em>Tlb Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbId()
	 * @generated
	 * @ordered
	 */
	protected static final long TLB_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTlbId() <em>Tlb Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbId()
	 * @generated
	 * @ordered
	 */
	protected long tlbId = TLB_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPcpuId() <em>Pcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPcpuId()
	 * @generated
	 * @ordered
	 */
	protected static final long PCPU_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPcpuId() <em>Pcpu Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPcpuId()
	 * @generated
	 * @ordered
	 */
	protected long pcpuId = PCPU_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventInj() <em>Event Inj</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventInj()
	 * @generated
	 * @ordered
	 */
	protected static final long EVENT_INJ_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEventInj() <em>Event Inj</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventInj()
	 * @generated
	 * @ordered
	 */
	protected long eventInj = EVENT_INJ_EDEFAULT;

	/**
	 * The default value of the '{@link #getXcr0() <em>Xcr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXcr0()
	 * @generated
	 * @ordered
	 */
	protected static final long XCR0_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getXcr0() <em>Xcr0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXcr0()
	 * @generated
	 * @ordered
	 */
	protected long xcr0 = XCR0_EDEFAULT;

	/**
	 * The default value of the '{@link #getX87Dp() <em>X87 Dp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Dp()
	 * @generated
	 * @ordered
	 */
	protected static final long X87_DP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getX87Dp() <em>X87 Dp</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Dp()
	 * @generated
	 * @ordered
	 */
	protected long x87Dp = X87_DP_EDEFAULT;

	/**
	 * The default value of the '{@link #getMxcsr() <em>Mxcsr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMxcsr()
	 * @generated
	 * @ordered
	 */
	protected static final int MXCSR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMxcsr() <em>Mxcsr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMxcsr()
	 * @generated
	 * @ordered
	 */
	protected int mxcsr = MXCSR_EDEFAULT;

	/**
	 * The default value of the '{@link #getX87Ftw() <em>X87 Ftw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Ftw()
	 * @generated
	 * @ordered
	 */
	protected static final int X87_FTW_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX87Ftw() <em>X87 Ftw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Ftw()
	 * @generated
	 * @ordered
	 */
	protected int x87Ftw = X87_FTW_EDEFAULT;

	/**
	 * The default value of the '{@link #getX87Fsw() <em>X87 Fsw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Fsw()
	 * @generated
	 * @ordered
	 */
	protected static final int X87_FSW_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX87Fsw() <em>X87 Fsw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Fsw()
	 * @generated
	 * @ordered
	 */
	protected int x87Fsw = X87_FSW_EDEFAULT;

	/**
	 * The default value of the '{@link #getX87Fcw() <em>X87 Fcw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Fcw()
	 * @generated
	 * @ordered
	 */
	protected static final int X87_FCW_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX87Fcw() <em>X87 Fcw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Fcw()
	 * @generated
	 * @ordered
	 */
	protected int x87Fcw = X87_FCW_EDEFAULT;

	/**
	 * The default value of the '{@link #getX87Fop() <em>X87 Fop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Fop()
	 * @generated
	 * @ordered
	 */
	protected static final int X87_FOP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX87Fop() <em>X87 Fop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Fop()
	 * @generated
	 * @ordered
	 */
	protected int x87Fop = X87_FOP_EDEFAULT;

	/**
	 * The default value of the '{@link #getX87Ds() <em>X87 Ds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Ds()
	 * @generated
	 * @ordered
	 */
	protected static final int X87_DS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX87Ds() <em>X87 Ds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Ds()
	 * @generated
	 * @ordered
	 */
	protected int x87Ds = X87_DS_EDEFAULT;

	/**
	 * The default value of the '{@link #getX87Cs() <em>X87 Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Cs()
	 * @generated
	 * @ordered
	 */
	protected static final int X87_CS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX87Cs() <em>X87 Cs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Cs()
	 * @generated
	 * @ordered
	 */
	protected int x87Cs = X87_CS_EDEFAULT;

	/**
	 * The default value of the '{@link #getX87Rip() <em>X87 Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Rip()
	 * @generated
	 * @ordered
	 */
	protected static final long X87_RIP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getX87Rip() <em>X87 Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX87Rip()
	 * @generated
	 * @ordered
	 */
	protected long x87Rip = X87_RIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getFpregX87() <em>Fpreg X87</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFpregX87()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] FPREG_X87_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFpregX87() <em>Fpreg X87</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFpregX87()
	 * @generated
	 * @ordered
	 */
	protected byte[] fpregX87 = FPREG_X87_EDEFAULT;

	/**
	 * The default value of the '{@link #getFpregXmm() <em>Fpreg Xmm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFpregXmm()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] FPREG_XMM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFpregXmm() <em>Fpreg Xmm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFpregXmm()
	 * @generated
	 * @ordered
	 */
	protected byte[] fpregXmm = FPREG_XMM_EDEFAULT;

	/**
	 * The default value of the '{@link #getFpregYmm() <em>Fpreg Ymm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFpregYmm()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] FPREG_YMM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFpregYmm() <em>Fpreg Ymm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFpregYmm()
	 * @generated
	 * @ordered
	 */
	protected byte[] fpregYmm = FPREG_YMM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VmsaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.VMSA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getEs() {
		return es;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEs(VmcbSegment newEs, NotificationChain msgs) {
		VmcbSegment oldEs = es;
		es = newEs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__ES, oldEs,
					newEs);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEs(VmcbSegment newEs) {
		if (newEs != es) {
			NotificationChain msgs = null;
			if (es != null)
				msgs = ((InternalEObject) es).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__ES, null,
						msgs);
			if (newEs != null)
				msgs = ((InternalEObject) newEs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__ES, null,
						msgs);
			msgs = basicSetEs(newEs, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__ES, newEs, newEs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getCs() {
		return cs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCs(VmcbSegment newCs, NotificationChain msgs) {
		VmcbSegment oldCs = cs;
		cs = newCs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__CS, oldCs,
					newCs);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCs(VmcbSegment newCs) {
		if (newCs != cs) {
			NotificationChain msgs = null;
			if (cs != null)
				msgs = ((InternalEObject) cs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__CS, null,
						msgs);
			if (newCs != null)
				msgs = ((InternalEObject) newCs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__CS, null,
						msgs);
			msgs = basicSetCs(newCs, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__CS, newCs, newCs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getSs() {
		return ss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSs(VmcbSegment newSs, NotificationChain msgs) {
		VmcbSegment oldSs = ss;
		ss = newSs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SS, oldSs,
					newSs);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSs(VmcbSegment newSs) {
		if (newSs != ss) {
			NotificationChain msgs = null;
			if (ss != null)
				msgs = ((InternalEObject) ss).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__SS, null,
						msgs);
			if (newSs != null)
				msgs = ((InternalEObject) newSs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__SS, null,
						msgs);
			msgs = basicSetSs(newSs, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SS, newSs, newSs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getDs() {
		return ds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDs(VmcbSegment newDs, NotificationChain msgs) {
		VmcbSegment oldDs = ds;
		ds = newDs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DS, oldDs,
					newDs);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDs(VmcbSegment newDs) {
		if (newDs != ds) {
			NotificationChain msgs = null;
			if (ds != null)
				msgs = ((InternalEObject) ds).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__DS, null,
						msgs);
			if (newDs != null)
				msgs = ((InternalEObject) newDs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__DS, null,
						msgs);
			msgs = basicSetDs(newDs, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DS, newDs, newDs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getFs() {
		return fs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFs(VmcbSegment newFs, NotificationChain msgs) {
		VmcbSegment oldFs = fs;
		fs = newFs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__FS, oldFs,
					newFs);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFs(VmcbSegment newFs) {
		if (newFs != fs) {
			NotificationChain msgs = null;
			if (fs != null)
				msgs = ((InternalEObject) fs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__FS, null,
						msgs);
			if (newFs != null)
				msgs = ((InternalEObject) newFs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__FS, null,
						msgs);
			msgs = basicSetFs(newFs, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__FS, newFs, newFs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getGs() {
		return gs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGs(VmcbSegment newGs, NotificationChain msgs) {
		VmcbSegment oldGs = gs;
		gs = newGs;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GS, oldGs,
					newGs);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGs(VmcbSegment newGs) {
		if (newGs != gs) {
			NotificationChain msgs = null;
			if (gs != null)
				msgs = ((InternalEObject) gs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__GS, null,
						msgs);
			if (newGs != null)
				msgs = ((InternalEObject) newGs).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__GS, null,
						msgs);
			msgs = basicSetGs(newGs, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GS, newGs, newGs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getGdtr() {
		return gdtr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGdtr(VmcbSegment newGdtr, NotificationChain msgs) {
		VmcbSegment oldGdtr = gdtr;
		gdtr = newGdtr;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GDTR,
					oldGdtr, newGdtr);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGdtr(VmcbSegment newGdtr) {
		if (newGdtr != gdtr) {
			NotificationChain msgs = null;
			if (gdtr != null)
				msgs = ((InternalEObject) gdtr).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__GDTR,
						null, msgs);
			if (newGdtr != null)
				msgs = ((InternalEObject) newGdtr).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__GDTR,
						null, msgs);
			msgs = basicSetGdtr(newGdtr, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GDTR, newGdtr, newGdtr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getLdtr() {
		return ldtr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLdtr(VmcbSegment newLdtr, NotificationChain msgs) {
		VmcbSegment oldLdtr = ldtr;
		ldtr = newLdtr;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__LDTR,
					oldLdtr, newLdtr);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLdtr(VmcbSegment newLdtr) {
		if (newLdtr != ldtr) {
			NotificationChain msgs = null;
			if (ldtr != null)
				msgs = ((InternalEObject) ldtr).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__LDTR,
						null, msgs);
			if (newLdtr != null)
				msgs = ((InternalEObject) newLdtr).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__LDTR,
						null, msgs);
			msgs = basicSetLdtr(newLdtr, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__LDTR, newLdtr, newLdtr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getIdtr() {
		return idtr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdtr(VmcbSegment newIdtr, NotificationChain msgs) {
		VmcbSegment oldIdtr = idtr;
		idtr = newIdtr;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__IDTR,
					oldIdtr, newIdtr);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdtr(VmcbSegment newIdtr) {
		if (newIdtr != idtr) {
			NotificationChain msgs = null;
			if (idtr != null)
				msgs = ((InternalEObject) idtr).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__IDTR,
						null, msgs);
			if (newIdtr != null)
				msgs = ((InternalEObject) newIdtr).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__IDTR,
						null, msgs);
			msgs = basicSetIdtr(newIdtr, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__IDTR, newIdtr, newIdtr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmcbSegment getTr() {
		return tr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTr(VmcbSegment newTr, NotificationChain msgs) {
		VmcbSegment oldTr = tr;
		tr = newTr;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__TR, oldTr,
					newTr);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTr(VmcbSegment newTr) {
		if (newTr != tr) {
			NotificationChain msgs = null;
			if (tr != null)
				msgs = ((InternalEObject) tr).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__TR, null,
						msgs);
			if (newTr != null)
				msgs = ((InternalEObject) newTr).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SevPackage.VMSA__TR, null,
						msgs);
			msgs = basicSetTr(newTr, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__TR, newTr, newTr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVmpl0Ssp() {
		return vmpl0Ssp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmpl0Ssp(long newVmpl0Ssp) {
		long oldVmpl0Ssp = vmpl0Ssp;
		vmpl0Ssp = newVmpl0Ssp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__VMPL0_SSP, oldVmpl0Ssp, vmpl0Ssp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVmpl1Ssp() {
		return vmpl1Ssp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmpl1Ssp(long newVmpl1Ssp) {
		long oldVmpl1Ssp = vmpl1Ssp;
		vmpl1Ssp = newVmpl1Ssp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__VMPL1_SSP, oldVmpl1Ssp, vmpl1Ssp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVmpl2Ssp() {
		return vmpl2Ssp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmpl2Ssp(long newVmpl2Ssp) {
		long oldVmpl2Ssp = vmpl2Ssp;
		vmpl2Ssp = newVmpl2Ssp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__VMPL2_SSP, oldVmpl2Ssp, vmpl2Ssp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVmpl3Ssp() {
		return vmpl3Ssp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmpl3Ssp(long newVmpl3Ssp) {
		long oldVmpl3Ssp = vmpl3Ssp;
		vmpl3Ssp = newVmpl3Ssp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__VMPL3_SSP, oldVmpl3Ssp, vmpl3Ssp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getUCet() {
		return uCet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUCet(long newUCet) {
		long oldUCet = uCet;
		uCet = newUCet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__UCET, oldUCet, uCet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVmpl() {
		return vmpl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmpl(int newVmpl) {
		int oldVmpl = vmpl;
		vmpl = newVmpl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__VMPL, oldVmpl, vmpl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpl() {
		return cpl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpl(int newCpl) {
		int oldCpl = cpl;
		cpl = newCpl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__CPL, oldCpl, cpl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEfer() {
		return efer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEfer(long newEfer) {
		long oldEfer = efer;
		efer = newEfer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__EFER, oldEfer, efer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getXss() {
		return xss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXss(long newXss) {
		long oldXss = xss;
		xss = newXss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__XSS, oldXss, xss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCr4() {
		return cr4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCr4(long newCr4) {
		long oldCr4 = cr4;
		cr4 = newCr4;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__CR4, oldCr4, cr4));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCr3() {
		return cr3;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCr3(long newCr3) {
		long oldCr3 = cr3;
		cr3 = newCr3;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__CR3, oldCr3, cr3));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCr0() {
		return cr0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCr0(long newCr0) {
		long oldCr0 = cr0;
		cr0 = newCr0;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__CR0, oldCr0, cr0));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr7() {
		return dr7;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr7(long newDr7) {
		long oldDr7 = dr7;
		dr7 = newDr7;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR7, oldDr7, dr7));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr6() {
		return dr6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr6(long newDr6) {
		long oldDr6 = dr6;
		dr6 = newDr6;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR6, oldDr6, dr6));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRflags() {
		return rflags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRflags(long newRflags) {
		long oldRflags = rflags;
		rflags = newRflags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RFLAGS, oldRflags, rflags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRip() {
		return rip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRip(long newRip) {
		long oldRip = rip;
		rip = newRip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RIP, oldRip, rip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr0() {
		return dr0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr0(long newDr0) {
		long oldDr0 = dr0;
		dr0 = newDr0;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR0, oldDr0, dr0));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr1() {
		return dr1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr1(long newDr1) {
		long oldDr1 = dr1;
		dr1 = newDr1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR1, oldDr1, dr1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr2() {
		return dr2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr2(long newDr2) {
		long oldDr2 = dr2;
		dr2 = newDr2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR2, oldDr2, dr2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr3() {
		return dr3;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr3(long newDr3) {
		long oldDr3 = dr3;
		dr3 = newDr3;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR3, oldDr3, dr3));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr0AddrMask() {
		return dr0AddrMask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr0AddrMask(long newDr0AddrMask) {
		long oldDr0AddrMask = dr0AddrMask;
		dr0AddrMask = newDr0AddrMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR0_ADDR_MASK, oldDr0AddrMask,
					dr0AddrMask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr1AddrMask() {
		return dr1AddrMask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr1AddrMask(long newDr1AddrMask) {
		long oldDr1AddrMask = dr1AddrMask;
		dr1AddrMask = newDr1AddrMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR1_ADDR_MASK, oldDr1AddrMask,
					dr1AddrMask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr2AddrMask() {
		return dr2AddrMask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr2AddrMask(long newDr2AddrMask) {
		long oldDr2AddrMask = dr2AddrMask;
		dr2AddrMask = newDr2AddrMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR2_ADDR_MASK, oldDr2AddrMask,
					dr2AddrMask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDr3AddrMask() {
		return dr3AddrMask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDr3AddrMask(long newDr3AddrMask) {
		long oldDr3AddrMask = dr3AddrMask;
		dr3AddrMask = newDr3AddrMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DR3_ADDR_MASK, oldDr3AddrMask,
					dr3AddrMask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRsp() {
		return rsp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRsp(long newRsp) {
		long oldRsp = rsp;
		rsp = newRsp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RSP, oldRsp, rsp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSCet() {
		return sCet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSCet(long newSCet) {
		long oldSCet = sCet;
		sCet = newSCet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SCET, oldSCet, sCet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSsp() {
		return ssp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSsp(long newSsp) {
		long oldSsp = ssp;
		ssp = newSsp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SSP, oldSsp, ssp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIsstAddr() {
		return isstAddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsstAddr(long newIsstAddr) {
		long oldIsstAddr = isstAddr;
		isstAddr = newIsstAddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__ISST_ADDR, oldIsstAddr, isstAddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRax() {
		return rax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRax(long newRax) {
		long oldRax = rax;
		rax = newRax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RAX, oldRax, rax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStar() {
		return star;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStar(long newStar) {
		long oldStar = star;
		star = newStar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__STAR, oldStar, star));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLstar() {
		return lstar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLstar(long newLstar) {
		long oldLstar = lstar;
		lstar = newLstar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__LSTAR, oldLstar, lstar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCstar() {
		return cstar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCstar(long newCstar) {
		long oldCstar = cstar;
		cstar = newCstar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__CSTAR, oldCstar, cstar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSfmask() {
		return sfmask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSfmask(long newSfmask) {
		long oldSfmask = sfmask;
		sfmask = newSfmask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SFMASK, oldSfmask, sfmask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getKernelGsBase() {
		return kernelGsBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelGsBase(long newKernelGsBase) {
		long oldKernelGsBase = kernelGsBase;
		kernelGsBase = newKernelGsBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__KERNEL_GS_BASE, oldKernelGsBase,
					kernelGsBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSysenterCs() {
		return sysenterCs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSysenterCs(long newSysenterCs) {
		long oldSysenterCs = sysenterCs;
		sysenterCs = newSysenterCs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SYSENTER_CS, oldSysenterCs,
					sysenterCs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSysenterEsp() {
		return sysenterEsp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSysenterEsp(long newSysenterEsp) {
		long oldSysenterEsp = sysenterEsp;
		sysenterEsp = newSysenterEsp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SYSENTER_ESP, oldSysenterEsp,
					sysenterEsp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSysenterEip() {
		return sysenterEip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSysenterEip(long newSysenterEip) {
		long oldSysenterEip = sysenterEip;
		sysenterEip = newSysenterEip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SYSENTER_EIP, oldSysenterEip,
					sysenterEip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCr2() {
		return cr2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCr2(long newCr2) {
		long oldCr2 = cr2;
		cr2 = newCr2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__CR2, oldCr2, cr2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGPat() {
		return gPat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGPat(long newGPat) {
		long oldGPat = gPat;
		gPat = newGPat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GPAT, oldGPat, gPat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDbgctl() {
		return dbgctl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDbgctl(long newDbgctl) {
		long oldDbgctl = dbgctl;
		dbgctl = newDbgctl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__DBGCTL, oldDbgctl, dbgctl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBrFrom() {
		return brFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrFrom(long newBrFrom) {
		long oldBrFrom = brFrom;
		brFrom = newBrFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__BR_FROM, oldBrFrom, brFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getBrTo() {
		return brTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrTo(long newBrTo) {
		long oldBrTo = brTo;
		brTo = newBrTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__BR_TO, oldBrTo, brTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastExcpFrom() {
		return lastExcpFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastExcpFrom(long newLastExcpFrom) {
		long oldLastExcpFrom = lastExcpFrom;
		lastExcpFrom = newLastExcpFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__LAST_EXCP_FROM, oldLastExcpFrom,
					lastExcpFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLastExcpTo() {
		return lastExcpTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastExcpTo(long newLastExcpTo) {
		long oldLastExcpTo = lastExcpTo;
		lastExcpTo = newLastExcpTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__LAST_EXCP_TO, oldLastExcpTo,
					lastExcpTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPkru() {
		return pkru;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPkru(int newPkru) {
		int oldPkru = pkru;
		pkru = newPkru;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__PKRU, oldPkru, pkru));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTscAux() {
		return tscAux;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTscAux(int newTscAux) {
		int oldTscAux = tscAux;
		tscAux = newTscAux;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__TSC_AUX, oldTscAux, tscAux));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRcx() {
		return rcx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcx(long newRcx) {
		long oldRcx = rcx;
		rcx = newRcx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RCX, oldRcx, rcx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRdx() {
		return rdx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdx(long newRdx) {
		long oldRdx = rdx;
		rdx = newRdx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RDX, oldRdx, rdx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRbx() {
		return rbx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRbx(long newRbx) {
		long oldRbx = rbx;
		rbx = newRbx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RBX, oldRbx, rbx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRbp() {
		return rbp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRbp(long newRbp) {
		long oldRbp = rbp;
		rbp = newRbp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RBP, oldRbp, rbp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRsi() {
		return rsi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRsi(long newRsi) {
		long oldRsi = rsi;
		rsi = newRsi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RSI, oldRsi, rsi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRdi() {
		return rdi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRdi(long newRdi) {
		long oldRdi = rdi;
		rdi = newRdi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__RDI, oldRdi, rdi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR8() {
		return r8;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR8(long newR8) {
		long oldR8 = r8;
		r8 = newR8;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__R8, oldR8, r8));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR9() {
		return r9;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR9(long newR9) {
		long oldR9 = r9;
		r9 = newR9;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__R9, oldR9, r9));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR10() {
		return r10;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR10(long newR10) {
		long oldR10 = r10;
		r10 = newR10;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__R10, oldR10, r10));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR11() {
		return r11;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR11(long newR11) {
		long oldR11 = r11;
		r11 = newR11;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__R11, oldR11, r11));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR12() {
		return r12;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR12(long newR12) {
		long oldR12 = r12;
		r12 = newR12;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__R12, oldR12, r12));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR13() {
		return r13;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR13(long newR13) {
		long oldR13 = r13;
		r13 = newR13;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__R13, oldR13, r13));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR14() {
		return r14;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR14(long newR14) {
		long oldR14 = r14;
		r14 = newR14;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__R14, oldR14, r14));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getR15() {
		return r15;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR15(long newR15) {
		long oldR15 = r15;
		r15 = newR15;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__R15, oldR15, r15));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGuestExitInfo1() {
		return guestExitInfo1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestExitInfo1(long newGuestExitInfo1) {
		long oldGuestExitInfo1 = guestExitInfo1;
		guestExitInfo1 = newGuestExitInfo1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GUEST_EXIT_INFO1, oldGuestExitInfo1,
					guestExitInfo1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGuestExitInfo2() {
		return guestExitInfo2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestExitInfo2(long newGuestExitInfo2) {
		long oldGuestExitInfo2 = guestExitInfo2;
		guestExitInfo2 = newGuestExitInfo2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GUEST_EXIT_INFO2, oldGuestExitInfo2,
					guestExitInfo2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGuestExitIntInfo() {
		return guestExitIntInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestExitIntInfo(long newGuestExitIntInfo) {
		long oldGuestExitIntInfo = guestExitIntInfo;
		guestExitIntInfo = newGuestExitIntInfo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GUEST_EXIT_INT_INFO,
					oldGuestExitIntInfo, guestExitIntInfo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGuestNrip() {
		return guestNrip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestNrip(long newGuestNrip) {
		long oldGuestNrip = guestNrip;
		guestNrip = newGuestNrip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GUEST_NRIP, oldGuestNrip,
					guestNrip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSevFeatures() {
		return sevFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSevFeatures(long newSevFeatures) {
		long oldSevFeatures = sevFeatures;
		sevFeatures = newSevFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__SEV_FEATURES, oldSevFeatures,
					sevFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVintrCtrl() {
		return vintrCtrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVintrCtrl(long newVintrCtrl) {
		long oldVintrCtrl = vintrCtrl;
		vintrCtrl = newVintrCtrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__VINTR_CTRL, oldVintrCtrl,
					vintrCtrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGuestExitCode() {
		return guestExitCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestExitCode(long newGuestExitCode) {
		long oldGuestExitCode = guestExitCode;
		guestExitCode = newGuestExitCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__GUEST_EXIT_CODE, oldGuestExitCode,
					guestExitCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVirtualTom() {
		return virtualTom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualTom(long newVirtualTom) {
		long oldVirtualTom = virtualTom;
		virtualTom = newVirtualTom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__VIRTUAL_TOM, oldVirtualTom,
					virtualTom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTlbId() {
		return tlbId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlbId(long newTlbId) {
		long oldTlbId = tlbId;
		tlbId = newTlbId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__TLB_ID, oldTlbId, tlbId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPcpuId() {
		return pcpuId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPcpuId(long newPcpuId) {
		long oldPcpuId = pcpuId;
		pcpuId = newPcpuId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__PCPU_ID, oldPcpuId, pcpuId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEventInj() {
		return eventInj;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventInj(long newEventInj) {
		long oldEventInj = eventInj;
		eventInj = newEventInj;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__EVENT_INJ, oldEventInj, eventInj));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getXcr0() {
		return xcr0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXcr0(long newXcr0) {
		long oldXcr0 = xcr0;
		xcr0 = newXcr0;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__XCR0, oldXcr0, xcr0));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getX87Dp() {
		return x87Dp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX87Dp(long newX87Dp) {
		long oldX87Dp = x87Dp;
		x87Dp = newX87Dp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__X87_DP, oldX87Dp, x87Dp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMxcsr() {
		return mxcsr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMxcsr(int newMxcsr) {
		int oldMxcsr = mxcsr;
		mxcsr = newMxcsr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__MXCSR, oldMxcsr, mxcsr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX87Ftw() {
		return x87Ftw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX87Ftw(int newX87Ftw) {
		int oldX87Ftw = x87Ftw;
		x87Ftw = newX87Ftw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__X87_FTW, oldX87Ftw, x87Ftw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX87Fsw() {
		return x87Fsw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX87Fsw(int newX87Fsw) {
		int oldX87Fsw = x87Fsw;
		x87Fsw = newX87Fsw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__X87_FSW, oldX87Fsw, x87Fsw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX87Fcw() {
		return x87Fcw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX87Fcw(int newX87Fcw) {
		int oldX87Fcw = x87Fcw;
		x87Fcw = newX87Fcw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__X87_FCW, oldX87Fcw, x87Fcw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX87Fop() {
		return x87Fop;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX87Fop(int newX87Fop) {
		int oldX87Fop = x87Fop;
		x87Fop = newX87Fop;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__X87_FOP, oldX87Fop, x87Fop));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX87Ds() {
		return x87Ds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX87Ds(int newX87Ds) {
		int oldX87Ds = x87Ds;
		x87Ds = newX87Ds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__X87_DS, oldX87Ds, x87Ds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX87Cs() {
		return x87Cs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX87Cs(int newX87Cs) {
		int oldX87Cs = x87Cs;
		x87Cs = newX87Cs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__X87_CS, oldX87Cs, x87Cs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getX87Rip() {
		return x87Rip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX87Rip(long newX87Rip) {
		long oldX87Rip = x87Rip;
		x87Rip = newX87Rip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__X87_RIP, oldX87Rip, x87Rip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getFpregX87() {
		return fpregX87;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFpregX87(byte[] newFpregX87) {
		byte[] oldFpregX87 = fpregX87;
		fpregX87 = newFpregX87;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__FPREG_X87, oldFpregX87, fpregX87));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getFpregXmm() {
		return fpregXmm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFpregXmm(byte[] newFpregXmm) {
		byte[] oldFpregXmm = fpregXmm;
		fpregXmm = newFpregXmm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__FPREG_XMM, oldFpregXmm, fpregXmm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getFpregYmm() {
		return fpregYmm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFpregYmm(byte[] newFpregYmm) {
		byte[] oldFpregYmm = fpregYmm;
		fpregYmm = newFpregYmm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.VMSA__FPREG_YMM, oldFpregYmm, fpregYmm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case SevPackage.VMSA__ES:
			return basicSetEs(null, msgs);
		case SevPackage.VMSA__CS:
			return basicSetCs(null, msgs);
		case SevPackage.VMSA__SS:
			return basicSetSs(null, msgs);
		case SevPackage.VMSA__DS:
			return basicSetDs(null, msgs);
		case SevPackage.VMSA__FS:
			return basicSetFs(null, msgs);
		case SevPackage.VMSA__GS:
			return basicSetGs(null, msgs);
		case SevPackage.VMSA__GDTR:
			return basicSetGdtr(null, msgs);
		case SevPackage.VMSA__LDTR:
			return basicSetLdtr(null, msgs);
		case SevPackage.VMSA__IDTR:
			return basicSetIdtr(null, msgs);
		case SevPackage.VMSA__TR:
			return basicSetTr(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.VMSA__ES:
			return getEs();
		case SevPackage.VMSA__CS:
			return getCs();
		case SevPackage.VMSA__SS:
			return getSs();
		case SevPackage.VMSA__DS:
			return getDs();
		case SevPackage.VMSA__FS:
			return getFs();
		case SevPackage.VMSA__GS:
			return getGs();
		case SevPackage.VMSA__GDTR:
			return getGdtr();
		case SevPackage.VMSA__LDTR:
			return getLdtr();
		case SevPackage.VMSA__IDTR:
			return getIdtr();
		case SevPackage.VMSA__TR:
			return getTr();
		case SevPackage.VMSA__VMPL0_SSP:
			return getVmpl0Ssp();
		case SevPackage.VMSA__VMPL1_SSP:
			return getVmpl1Ssp();
		case SevPackage.VMSA__VMPL2_SSP:
			return getVmpl2Ssp();
		case SevPackage.VMSA__VMPL3_SSP:
			return getVmpl3Ssp();
		case SevPackage.VMSA__UCET:
			return getUCet();
		case SevPackage.VMSA__VMPL:
			return getVmpl();
		case SevPackage.VMSA__CPL:
			return getCpl();
		case SevPackage.VMSA__EFER:
			return getEfer();
		case SevPackage.VMSA__XSS:
			return getXss();
		case SevPackage.VMSA__CR4:
			return getCr4();
		case SevPackage.VMSA__CR3:
			return getCr3();
		case SevPackage.VMSA__CR0:
			return getCr0();
		case SevPackage.VMSA__DR7:
			return getDr7();
		case SevPackage.VMSA__DR6:
			return getDr6();
		case SevPackage.VMSA__RFLAGS:
			return getRflags();
		case SevPackage.VMSA__RIP:
			return getRip();
		case SevPackage.VMSA__DR0:
			return getDr0();
		case SevPackage.VMSA__DR1:
			return getDr1();
		case SevPackage.VMSA__DR2:
			return getDr2();
		case SevPackage.VMSA__DR3:
			return getDr3();
		case SevPackage.VMSA__DR0_ADDR_MASK:
			return getDr0AddrMask();
		case SevPackage.VMSA__DR1_ADDR_MASK:
			return getDr1AddrMask();
		case SevPackage.VMSA__DR2_ADDR_MASK:
			return getDr2AddrMask();
		case SevPackage.VMSA__DR3_ADDR_MASK:
			return getDr3AddrMask();
		case SevPackage.VMSA__RSP:
			return getRsp();
		case SevPackage.VMSA__SCET:
			return getSCet();
		case SevPackage.VMSA__SSP:
			return getSsp();
		case SevPackage.VMSA__ISST_ADDR:
			return getIsstAddr();
		case SevPackage.VMSA__RAX:
			return getRax();
		case SevPackage.VMSA__STAR:
			return getStar();
		case SevPackage.VMSA__LSTAR:
			return getLstar();
		case SevPackage.VMSA__CSTAR:
			return getCstar();
		case SevPackage.VMSA__SFMASK:
			return getSfmask();
		case SevPackage.VMSA__KERNEL_GS_BASE:
			return getKernelGsBase();
		case SevPackage.VMSA__SYSENTER_CS:
			return getSysenterCs();
		case SevPackage.VMSA__SYSENTER_ESP:
			return getSysenterEsp();
		case SevPackage.VMSA__SYSENTER_EIP:
			return getSysenterEip();
		case SevPackage.VMSA__CR2:
			return getCr2();
		case SevPackage.VMSA__GPAT:
			return getGPat();
		case SevPackage.VMSA__DBGCTL:
			return getDbgctl();
		case SevPackage.VMSA__BR_FROM:
			return getBrFrom();
		case SevPackage.VMSA__BR_TO:
			return getBrTo();
		case SevPackage.VMSA__LAST_EXCP_FROM:
			return getLastExcpFrom();
		case SevPackage.VMSA__LAST_EXCP_TO:
			return getLastExcpTo();
		case SevPackage.VMSA__PKRU:
			return getPkru();
		case SevPackage.VMSA__TSC_AUX:
			return getTscAux();
		case SevPackage.VMSA__RCX:
			return getRcx();
		case SevPackage.VMSA__RDX:
			return getRdx();
		case SevPackage.VMSA__RBX:
			return getRbx();
		case SevPackage.VMSA__RBP:
			return getRbp();
		case SevPackage.VMSA__RSI:
			return getRsi();
		case SevPackage.VMSA__RDI:
			return getRdi();
		case SevPackage.VMSA__R8:
			return getR8();
		case SevPackage.VMSA__R9:
			return getR9();
		case SevPackage.VMSA__R10:
			return getR10();
		case SevPackage.VMSA__R11:
			return getR11();
		case SevPackage.VMSA__R12:
			return getR12();
		case SevPackage.VMSA__R13:
			return getR13();
		case SevPackage.VMSA__R14:
			return getR14();
		case SevPackage.VMSA__R15:
			return getR15();
		case SevPackage.VMSA__GUEST_EXIT_INFO1:
			return getGuestExitInfo1();
		case SevPackage.VMSA__GUEST_EXIT_INFO2:
			return getGuestExitInfo2();
		case SevPackage.VMSA__GUEST_EXIT_INT_INFO:
			return getGuestExitIntInfo();
		case SevPackage.VMSA__GUEST_NRIP:
			return getGuestNrip();
		case SevPackage.VMSA__SEV_FEATURES:
			return getSevFeatures();
		case SevPackage.VMSA__VINTR_CTRL:
			return getVintrCtrl();
		case SevPackage.VMSA__GUEST_EXIT_CODE:
			return getGuestExitCode();
		case SevPackage.VMSA__VIRTUAL_TOM:
			return getVirtualTom();
		case SevPackage.VMSA__TLB_ID:
			return getTlbId();
		case SevPackage.VMSA__PCPU_ID:
			return getPcpuId();
		case SevPackage.VMSA__EVENT_INJ:
			return getEventInj();
		case SevPackage.VMSA__XCR0:
			return getXcr0();
		case SevPackage.VMSA__X87_DP:
			return getX87Dp();
		case SevPackage.VMSA__MXCSR:
			return getMxcsr();
		case SevPackage.VMSA__X87_FTW:
			return getX87Ftw();
		case SevPackage.VMSA__X87_FSW:
			return getX87Fsw();
		case SevPackage.VMSA__X87_FCW:
			return getX87Fcw();
		case SevPackage.VMSA__X87_FOP:
			return getX87Fop();
		case SevPackage.VMSA__X87_DS:
			return getX87Ds();
		case SevPackage.VMSA__X87_CS:
			return getX87Cs();
		case SevPackage.VMSA__X87_RIP:
			return getX87Rip();
		case SevPackage.VMSA__FPREG_X87:
			return getFpregX87();
		case SevPackage.VMSA__FPREG_XMM:
			return getFpregXmm();
		case SevPackage.VMSA__FPREG_YMM:
			return getFpregYmm();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case SevPackage.VMSA__ES:
			setEs((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__CS:
			setCs((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__SS:
			setSs((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__DS:
			setDs((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__FS:
			setFs((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__GS:
			setGs((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__GDTR:
			setGdtr((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__LDTR:
			setLdtr((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__IDTR:
			setIdtr((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__TR:
			setTr((VmcbSegment) newValue);
			return;
		case SevPackage.VMSA__VMPL0_SSP:
			setVmpl0Ssp((Long) newValue);
			return;
		case SevPackage.VMSA__VMPL1_SSP:
			setVmpl1Ssp((Long) newValue);
			return;
		case SevPackage.VMSA__VMPL2_SSP:
			setVmpl2Ssp((Long) newValue);
			return;
		case SevPackage.VMSA__VMPL3_SSP:
			setVmpl3Ssp((Long) newValue);
			return;
		case SevPackage.VMSA__UCET:
			setUCet((Long) newValue);
			return;
		case SevPackage.VMSA__VMPL:
			setVmpl((Integer) newValue);
			return;
		case SevPackage.VMSA__CPL:
			setCpl((Integer) newValue);
			return;
		case SevPackage.VMSA__EFER:
			setEfer((Long) newValue);
			return;
		case SevPackage.VMSA__XSS:
			setXss((Long) newValue);
			return;
		case SevPackage.VMSA__CR4:
			setCr4((Long) newValue);
			return;
		case SevPackage.VMSA__CR3:
			setCr3((Long) newValue);
			return;
		case SevPackage.VMSA__CR0:
			setCr0((Long) newValue);
			return;
		case SevPackage.VMSA__DR7:
			setDr7((Long) newValue);
			return;
		case SevPackage.VMSA__DR6:
			setDr6((Long) newValue);
			return;
		case SevPackage.VMSA__RFLAGS:
			setRflags((Long) newValue);
			return;
		case SevPackage.VMSA__RIP:
			setRip((Long) newValue);
			return;
		case SevPackage.VMSA__DR0:
			setDr0((Long) newValue);
			return;
		case SevPackage.VMSA__DR1:
			setDr1((Long) newValue);
			return;
		case SevPackage.VMSA__DR2:
			setDr2((Long) newValue);
			return;
		case SevPackage.VMSA__DR3:
			setDr3((Long) newValue);
			return;
		case SevPackage.VMSA__DR0_ADDR_MASK:
			setDr0AddrMask((Long) newValue);
			return;
		case SevPackage.VMSA__DR1_ADDR_MASK:
			setDr1AddrMask((Long) newValue);
			return;
		case SevPackage.VMSA__DR2_ADDR_MASK:
			setDr2AddrMask((Long) newValue);
			return;
		case SevPackage.VMSA__DR3_ADDR_MASK:
			setDr3AddrMask((Long) newValue);
			return;
		case SevPackage.VMSA__RSP:
			setRsp((Long) newValue);
			return;
		case SevPackage.VMSA__SCET:
			setSCet((Long) newValue);
			return;
		case SevPackage.VMSA__SSP:
			setSsp((Long) newValue);
			return;
		case SevPackage.VMSA__ISST_ADDR:
			setIsstAddr((Long) newValue);
			return;
		case SevPackage.VMSA__RAX:
			setRax((Long) newValue);
			return;
		case SevPackage.VMSA__STAR:
			setStar((Long) newValue);
			return;
		case SevPackage.VMSA__LSTAR:
			setLstar((Long) newValue);
			return;
		case SevPackage.VMSA__CSTAR:
			setCstar((Long) newValue);
			return;
		case SevPackage.VMSA__SFMASK:
			setSfmask((Long) newValue);
			return;
		case SevPackage.VMSA__KERNEL_GS_BASE:
			setKernelGsBase((Long) newValue);
			return;
		case SevPackage.VMSA__SYSENTER_CS:
			setSysenterCs((Long) newValue);
			return;
		case SevPackage.VMSA__SYSENTER_ESP:
			setSysenterEsp((Long) newValue);
			return;
		case SevPackage.VMSA__SYSENTER_EIP:
			setSysenterEip((Long) newValue);
			return;
		case SevPackage.VMSA__CR2:
			setCr2((Long) newValue);
			return;
		case SevPackage.VMSA__GPAT:
			setGPat((Long) newValue);
			return;
		case SevPackage.VMSA__DBGCTL:
			setDbgctl((Long) newValue);
			return;
		case SevPackage.VMSA__BR_FROM:
			setBrFrom((Long) newValue);
			return;
		case SevPackage.VMSA__BR_TO:
			setBrTo((Long) newValue);
			return;
		case SevPackage.VMSA__LAST_EXCP_FROM:
			setLastExcpFrom((Long) newValue);
			return;
		case SevPackage.VMSA__LAST_EXCP_TO:
			setLastExcpTo((Long) newValue);
			return;
		case SevPackage.VMSA__PKRU:
			setPkru((Integer) newValue);
			return;
		case SevPackage.VMSA__TSC_AUX:
			setTscAux((Integer) newValue);
			return;
		case SevPackage.VMSA__RCX:
			setRcx((Long) newValue);
			return;
		case SevPackage.VMSA__RDX:
			setRdx((Long) newValue);
			return;
		case SevPackage.VMSA__RBX:
			setRbx((Long) newValue);
			return;
		case SevPackage.VMSA__RBP:
			setRbp((Long) newValue);
			return;
		case SevPackage.VMSA__RSI:
			setRsi((Long) newValue);
			return;
		case SevPackage.VMSA__RDI:
			setRdi((Long) newValue);
			return;
		case SevPackage.VMSA__R8:
			setR8((Long) newValue);
			return;
		case SevPackage.VMSA__R9:
			setR9((Long) newValue);
			return;
		case SevPackage.VMSA__R10:
			setR10((Long) newValue);
			return;
		case SevPackage.VMSA__R11:
			setR11((Long) newValue);
			return;
		case SevPackage.VMSA__R12:
			setR12((Long) newValue);
			return;
		case SevPackage.VMSA__R13:
			setR13((Long) newValue);
			return;
		case SevPackage.VMSA__R14:
			setR14((Long) newValue);
			return;
		case SevPackage.VMSA__R15:
			setR15((Long) newValue);
			return;
		case SevPackage.VMSA__GUEST_EXIT_INFO1:
			setGuestExitInfo1((Long) newValue);
			return;
		case SevPackage.VMSA__GUEST_EXIT_INFO2:
			setGuestExitInfo2((Long) newValue);
			return;
		case SevPackage.VMSA__GUEST_EXIT_INT_INFO:
			setGuestExitIntInfo((Long) newValue);
			return;
		case SevPackage.VMSA__GUEST_NRIP:
			setGuestNrip((Long) newValue);
			return;
		case SevPackage.VMSA__SEV_FEATURES:
			setSevFeatures((Long) newValue);
			return;
		case SevPackage.VMSA__VINTR_CTRL:
			setVintrCtrl((Long) newValue);
			return;
		case SevPackage.VMSA__GUEST_EXIT_CODE:
			setGuestExitCode((Long) newValue);
			return;
		case SevPackage.VMSA__VIRTUAL_TOM:
			setVirtualTom((Long) newValue);
			return;
		case SevPackage.VMSA__TLB_ID:
			setTlbId((Long) newValue);
			return;
		case SevPackage.VMSA__PCPU_ID:
			setPcpuId((Long) newValue);
			return;
		case SevPackage.VMSA__EVENT_INJ:
			setEventInj((Long) newValue);
			return;
		case SevPackage.VMSA__XCR0:
			setXcr0((Long) newValue);
			return;
		case SevPackage.VMSA__X87_DP:
			setX87Dp((Long) newValue);
			return;
		case SevPackage.VMSA__MXCSR:
			setMxcsr((Integer) newValue);
			return;
		case SevPackage.VMSA__X87_FTW:
			setX87Ftw((Integer) newValue);
			return;
		case SevPackage.VMSA__X87_FSW:
			setX87Fsw((Integer) newValue);
			return;
		case SevPackage.VMSA__X87_FCW:
			setX87Fcw((Integer) newValue);
			return;
		case SevPackage.VMSA__X87_FOP:
			setX87Fop((Integer) newValue);
			return;
		case SevPackage.VMSA__X87_DS:
			setX87Ds((Integer) newValue);
			return;
		case SevPackage.VMSA__X87_CS:
			setX87Cs((Integer) newValue);
			return;
		case SevPackage.VMSA__X87_RIP:
			setX87Rip((Long) newValue);
			return;
		case SevPackage.VMSA__FPREG_X87:
			setFpregX87((byte[]) newValue);
			return;
		case SevPackage.VMSA__FPREG_XMM:
			setFpregXmm((byte[]) newValue);
			return;
		case SevPackage.VMSA__FPREG_YMM:
			setFpregYmm((byte[]) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case SevPackage.VMSA__ES:
			setEs((VmcbSegment) null);
			return;
		case SevPackage.VMSA__CS:
			setCs((VmcbSegment) null);
			return;
		case SevPackage.VMSA__SS:
			setSs((VmcbSegment) null);
			return;
		case SevPackage.VMSA__DS:
			setDs((VmcbSegment) null);
			return;
		case SevPackage.VMSA__FS:
			setFs((VmcbSegment) null);
			return;
		case SevPackage.VMSA__GS:
			setGs((VmcbSegment) null);
			return;
		case SevPackage.VMSA__GDTR:
			setGdtr((VmcbSegment) null);
			return;
		case SevPackage.VMSA__LDTR:
			setLdtr((VmcbSegment) null);
			return;
		case SevPackage.VMSA__IDTR:
			setIdtr((VmcbSegment) null);
			return;
		case SevPackage.VMSA__TR:
			setTr((VmcbSegment) null);
			return;
		case SevPackage.VMSA__VMPL0_SSP:
			setVmpl0Ssp(VMPL0_SSP_EDEFAULT);
			return;
		case SevPackage.VMSA__VMPL1_SSP:
			setVmpl1Ssp(VMPL1_SSP_EDEFAULT);
			return;
		case SevPackage.VMSA__VMPL2_SSP:
			setVmpl2Ssp(VMPL2_SSP_EDEFAULT);
			return;
		case SevPackage.VMSA__VMPL3_SSP:
			setVmpl3Ssp(VMPL3_SSP_EDEFAULT);
			return;
		case SevPackage.VMSA__UCET:
			setUCet(UCET_EDEFAULT);
			return;
		case SevPackage.VMSA__VMPL:
			setVmpl(VMPL_EDEFAULT);
			return;
		case SevPackage.VMSA__CPL:
			setCpl(CPL_EDEFAULT);
			return;
		case SevPackage.VMSA__EFER:
			setEfer(EFER_EDEFAULT);
			return;
		case SevPackage.VMSA__XSS:
			setXss(XSS_EDEFAULT);
			return;
		case SevPackage.VMSA__CR4:
			setCr4(CR4_EDEFAULT);
			return;
		case SevPackage.VMSA__CR3:
			setCr3(CR3_EDEFAULT);
			return;
		case SevPackage.VMSA__CR0:
			setCr0(CR0_EDEFAULT);
			return;
		case SevPackage.VMSA__DR7:
			setDr7(DR7_EDEFAULT);
			return;
		case SevPackage.VMSA__DR6:
			setDr6(DR6_EDEFAULT);
			return;
		case SevPackage.VMSA__RFLAGS:
			setRflags(RFLAGS_EDEFAULT);
			return;
		case SevPackage.VMSA__RIP:
			setRip(RIP_EDEFAULT);
			return;
		case SevPackage.VMSA__DR0:
			setDr0(DR0_EDEFAULT);
			return;
		case SevPackage.VMSA__DR1:
			setDr1(DR1_EDEFAULT);
			return;
		case SevPackage.VMSA__DR2:
			setDr2(DR2_EDEFAULT);
			return;
		case SevPackage.VMSA__DR3:
			setDr3(DR3_EDEFAULT);
			return;
		case SevPackage.VMSA__DR0_ADDR_MASK:
			setDr0AddrMask(DR0_ADDR_MASK_EDEFAULT);
			return;
		case SevPackage.VMSA__DR1_ADDR_MASK:
			setDr1AddrMask(DR1_ADDR_MASK_EDEFAULT);
			return;
		case SevPackage.VMSA__DR2_ADDR_MASK:
			setDr2AddrMask(DR2_ADDR_MASK_EDEFAULT);
			return;
		case SevPackage.VMSA__DR3_ADDR_MASK:
			setDr3AddrMask(DR3_ADDR_MASK_EDEFAULT);
			return;
		case SevPackage.VMSA__RSP:
			setRsp(RSP_EDEFAULT);
			return;
		case SevPackage.VMSA__SCET:
			setSCet(SCET_EDEFAULT);
			return;
		case SevPackage.VMSA__SSP:
			setSsp(SSP_EDEFAULT);
			return;
		case SevPackage.VMSA__ISST_ADDR:
			setIsstAddr(ISST_ADDR_EDEFAULT);
			return;
		case SevPackage.VMSA__RAX:
			setRax(RAX_EDEFAULT);
			return;
		case SevPackage.VMSA__STAR:
			setStar(STAR_EDEFAULT);
			return;
		case SevPackage.VMSA__LSTAR:
			setLstar(LSTAR_EDEFAULT);
			return;
		case SevPackage.VMSA__CSTAR:
			setCstar(CSTAR_EDEFAULT);
			return;
		case SevPackage.VMSA__SFMASK:
			setSfmask(SFMASK_EDEFAULT);
			return;
		case SevPackage.VMSA__KERNEL_GS_BASE:
			setKernelGsBase(KERNEL_GS_BASE_EDEFAULT);
			return;
		case SevPackage.VMSA__SYSENTER_CS:
			setSysenterCs(SYSENTER_CS_EDEFAULT);
			return;
		case SevPackage.VMSA__SYSENTER_ESP:
			setSysenterEsp(SYSENTER_ESP_EDEFAULT);
			return;
		case SevPackage.VMSA__SYSENTER_EIP:
			setSysenterEip(SYSENTER_EIP_EDEFAULT);
			return;
		case SevPackage.VMSA__CR2:
			setCr2(CR2_EDEFAULT);
			return;
		case SevPackage.VMSA__GPAT:
			setGPat(GPAT_EDEFAULT);
			return;
		case SevPackage.VMSA__DBGCTL:
			setDbgctl(DBGCTL_EDEFAULT);
			return;
		case SevPackage.VMSA__BR_FROM:
			setBrFrom(BR_FROM_EDEFAULT);
			return;
		case SevPackage.VMSA__BR_TO:
			setBrTo(BR_TO_EDEFAULT);
			return;
		case SevPackage.VMSA__LAST_EXCP_FROM:
			setLastExcpFrom(LAST_EXCP_FROM_EDEFAULT);
			return;
		case SevPackage.VMSA__LAST_EXCP_TO:
			setLastExcpTo(LAST_EXCP_TO_EDEFAULT);
			return;
		case SevPackage.VMSA__PKRU:
			setPkru(PKRU_EDEFAULT);
			return;
		case SevPackage.VMSA__TSC_AUX:
			setTscAux(TSC_AUX_EDEFAULT);
			return;
		case SevPackage.VMSA__RCX:
			setRcx(RCX_EDEFAULT);
			return;
		case SevPackage.VMSA__RDX:
			setRdx(RDX_EDEFAULT);
			return;
		case SevPackage.VMSA__RBX:
			setRbx(RBX_EDEFAULT);
			return;
		case SevPackage.VMSA__RBP:
			setRbp(RBP_EDEFAULT);
			return;
		case SevPackage.VMSA__RSI:
			setRsi(RSI_EDEFAULT);
			return;
		case SevPackage.VMSA__RDI:
			setRdi(RDI_EDEFAULT);
			return;
		case SevPackage.VMSA__R8:
			setR8(R8_EDEFAULT);
			return;
		case SevPackage.VMSA__R9:
			setR9(R9_EDEFAULT);
			return;
		case SevPackage.VMSA__R10:
			setR10(R10_EDEFAULT);
			return;
		case SevPackage.VMSA__R11:
			setR11(R11_EDEFAULT);
			return;
		case SevPackage.VMSA__R12:
			setR12(R12_EDEFAULT);
			return;
		case SevPackage.VMSA__R13:
			setR13(R13_EDEFAULT);
			return;
		case SevPackage.VMSA__R14:
			setR14(R14_EDEFAULT);
			return;
		case SevPackage.VMSA__R15:
			setR15(R15_EDEFAULT);
			return;
		case SevPackage.VMSA__GUEST_EXIT_INFO1:
			setGuestExitInfo1(GUEST_EXIT_INFO1_EDEFAULT);
			return;
		case SevPackage.VMSA__GUEST_EXIT_INFO2:
			setGuestExitInfo2(GUEST_EXIT_INFO2_EDEFAULT);
			return;
		case SevPackage.VMSA__GUEST_EXIT_INT_INFO:
			setGuestExitIntInfo(GUEST_EXIT_INT_INFO_EDEFAULT);
			return;
		case SevPackage.VMSA__GUEST_NRIP:
			setGuestNrip(GUEST_NRIP_EDEFAULT);
			return;
		case SevPackage.VMSA__SEV_FEATURES:
			setSevFeatures(SEV_FEATURES_EDEFAULT);
			return;
		case SevPackage.VMSA__VINTR_CTRL:
			setVintrCtrl(VINTR_CTRL_EDEFAULT);
			return;
		case SevPackage.VMSA__GUEST_EXIT_CODE:
			setGuestExitCode(GUEST_EXIT_CODE_EDEFAULT);
			return;
		case SevPackage.VMSA__VIRTUAL_TOM:
			setVirtualTom(VIRTUAL_TOM_EDEFAULT);
			return;
		case SevPackage.VMSA__TLB_ID:
			setTlbId(TLB_ID_EDEFAULT);
			return;
		case SevPackage.VMSA__PCPU_ID:
			setPcpuId(PCPU_ID_EDEFAULT);
			return;
		case SevPackage.VMSA__EVENT_INJ:
			setEventInj(EVENT_INJ_EDEFAULT);
			return;
		case SevPackage.VMSA__XCR0:
			setXcr0(XCR0_EDEFAULT);
			return;
		case SevPackage.VMSA__X87_DP:
			setX87Dp(X87_DP_EDEFAULT);
			return;
		case SevPackage.VMSA__MXCSR:
			setMxcsr(MXCSR_EDEFAULT);
			return;
		case SevPackage.VMSA__X87_FTW:
			setX87Ftw(X87_FTW_EDEFAULT);
			return;
		case SevPackage.VMSA__X87_FSW:
			setX87Fsw(X87_FSW_EDEFAULT);
			return;
		case SevPackage.VMSA__X87_FCW:
			setX87Fcw(X87_FCW_EDEFAULT);
			return;
		case SevPackage.VMSA__X87_FOP:
			setX87Fop(X87_FOP_EDEFAULT);
			return;
		case SevPackage.VMSA__X87_DS:
			setX87Ds(X87_DS_EDEFAULT);
			return;
		case SevPackage.VMSA__X87_CS:
			setX87Cs(X87_CS_EDEFAULT);
			return;
		case SevPackage.VMSA__X87_RIP:
			setX87Rip(X87_RIP_EDEFAULT);
			return;
		case SevPackage.VMSA__FPREG_X87:
			setFpregX87(FPREG_X87_EDEFAULT);
			return;
		case SevPackage.VMSA__FPREG_XMM:
			setFpregXmm(FPREG_XMM_EDEFAULT);
			return;
		case SevPackage.VMSA__FPREG_YMM:
			setFpregYmm(FPREG_YMM_EDEFAULT);
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case SevPackage.VMSA__ES:
			return es != null;
		case SevPackage.VMSA__CS:
			return cs != null;
		case SevPackage.VMSA__SS:
			return ss != null;
		case SevPackage.VMSA__DS:
			return ds != null;
		case SevPackage.VMSA__FS:
			return fs != null;
		case SevPackage.VMSA__GS:
			return gs != null;
		case SevPackage.VMSA__GDTR:
			return gdtr != null;
		case SevPackage.VMSA__LDTR:
			return ldtr != null;
		case SevPackage.VMSA__IDTR:
			return idtr != null;
		case SevPackage.VMSA__TR:
			return tr != null;
		case SevPackage.VMSA__VMPL0_SSP:
			return vmpl0Ssp != VMPL0_SSP_EDEFAULT;
		case SevPackage.VMSA__VMPL1_SSP:
			return vmpl1Ssp != VMPL1_SSP_EDEFAULT;
		case SevPackage.VMSA__VMPL2_SSP:
			return vmpl2Ssp != VMPL2_SSP_EDEFAULT;
		case SevPackage.VMSA__VMPL3_SSP:
			return vmpl3Ssp != VMPL3_SSP_EDEFAULT;
		case SevPackage.VMSA__UCET:
			return uCet != UCET_EDEFAULT;
		case SevPackage.VMSA__VMPL:
			return vmpl != VMPL_EDEFAULT;
		case SevPackage.VMSA__CPL:
			return cpl != CPL_EDEFAULT;
		case SevPackage.VMSA__EFER:
			return efer != EFER_EDEFAULT;
		case SevPackage.VMSA__XSS:
			return xss != XSS_EDEFAULT;
		case SevPackage.VMSA__CR4:
			return cr4 != CR4_EDEFAULT;
		case SevPackage.VMSA__CR3:
			return cr3 != CR3_EDEFAULT;
		case SevPackage.VMSA__CR0:
			return cr0 != CR0_EDEFAULT;
		case SevPackage.VMSA__DR7:
			return dr7 != DR7_EDEFAULT;
		case SevPackage.VMSA__DR6:
			return dr6 != DR6_EDEFAULT;
		case SevPackage.VMSA__RFLAGS:
			return rflags != RFLAGS_EDEFAULT;
		case SevPackage.VMSA__RIP:
			return rip != RIP_EDEFAULT;
		case SevPackage.VMSA__DR0:
			return dr0 != DR0_EDEFAULT;
		case SevPackage.VMSA__DR1:
			return dr1 != DR1_EDEFAULT;
		case SevPackage.VMSA__DR2:
			return dr2 != DR2_EDEFAULT;
		case SevPackage.VMSA__DR3:
			return dr3 != DR3_EDEFAULT;
		case SevPackage.VMSA__DR0_ADDR_MASK:
			return dr0AddrMask != DR0_ADDR_MASK_EDEFAULT;
		case SevPackage.VMSA__DR1_ADDR_MASK:
			return dr1AddrMask != DR1_ADDR_MASK_EDEFAULT;
		case SevPackage.VMSA__DR2_ADDR_MASK:
			return dr2AddrMask != DR2_ADDR_MASK_EDEFAULT;
		case SevPackage.VMSA__DR3_ADDR_MASK:
			return dr3AddrMask != DR3_ADDR_MASK_EDEFAULT;
		case SevPackage.VMSA__RSP:
			return rsp != RSP_EDEFAULT;
		case SevPackage.VMSA__SCET:
			return sCet != SCET_EDEFAULT;
		case SevPackage.VMSA__SSP:
			return ssp != SSP_EDEFAULT;
		case SevPackage.VMSA__ISST_ADDR:
			return isstAddr != ISST_ADDR_EDEFAULT;
		case SevPackage.VMSA__RAX:
			return rax != RAX_EDEFAULT;
		case SevPackage.VMSA__STAR:
			return star != STAR_EDEFAULT;
		case SevPackage.VMSA__LSTAR:
			return lstar != LSTAR_EDEFAULT;
		case SevPackage.VMSA__CSTAR:
			return cstar != CSTAR_EDEFAULT;
		case SevPackage.VMSA__SFMASK:
			return sfmask != SFMASK_EDEFAULT;
		case SevPackage.VMSA__KERNEL_GS_BASE:
			return kernelGsBase != KERNEL_GS_BASE_EDEFAULT;
		case SevPackage.VMSA__SYSENTER_CS:
			return sysenterCs != SYSENTER_CS_EDEFAULT;
		case SevPackage.VMSA__SYSENTER_ESP:
			return sysenterEsp != SYSENTER_ESP_EDEFAULT;
		case SevPackage.VMSA__SYSENTER_EIP:
			return sysenterEip != SYSENTER_EIP_EDEFAULT;
		case SevPackage.VMSA__CR2:
			return cr2 != CR2_EDEFAULT;
		case SevPackage.VMSA__GPAT:
			return gPat != GPAT_EDEFAULT;
		case SevPackage.VMSA__DBGCTL:
			return dbgctl != DBGCTL_EDEFAULT;
		case SevPackage.VMSA__BR_FROM:
			return brFrom != BR_FROM_EDEFAULT;
		case SevPackage.VMSA__BR_TO:
			return brTo != BR_TO_EDEFAULT;
		case SevPackage.VMSA__LAST_EXCP_FROM:
			return lastExcpFrom != LAST_EXCP_FROM_EDEFAULT;
		case SevPackage.VMSA__LAST_EXCP_TO:
			return lastExcpTo != LAST_EXCP_TO_EDEFAULT;
		case SevPackage.VMSA__PKRU:
			return pkru != PKRU_EDEFAULT;
		case SevPackage.VMSA__TSC_AUX:
			return tscAux != TSC_AUX_EDEFAULT;
		case SevPackage.VMSA__RCX:
			return rcx != RCX_EDEFAULT;
		case SevPackage.VMSA__RDX:
			return rdx != RDX_EDEFAULT;
		case SevPackage.VMSA__RBX:
			return rbx != RBX_EDEFAULT;
		case SevPackage.VMSA__RBP:
			return rbp != RBP_EDEFAULT;
		case SevPackage.VMSA__RSI:
			return rsi != RSI_EDEFAULT;
		case SevPackage.VMSA__RDI:
			return rdi != RDI_EDEFAULT;
		case SevPackage.VMSA__R8:
			return r8 != R8_EDEFAULT;
		case SevPackage.VMSA__R9:
			return r9 != R9_EDEFAULT;
		case SevPackage.VMSA__R10:
			return r10 != R10_EDEFAULT;
		case SevPackage.VMSA__R11:
			return r11 != R11_EDEFAULT;
		case SevPackage.VMSA__R12:
			return r12 != R12_EDEFAULT;
		case SevPackage.VMSA__R13:
			return r13 != R13_EDEFAULT;
		case SevPackage.VMSA__R14:
			return r14 != R14_EDEFAULT;
		case SevPackage.VMSA__R15:
			return r15 != R15_EDEFAULT;
		case SevPackage.VMSA__GUEST_EXIT_INFO1:
			return guestExitInfo1 != GUEST_EXIT_INFO1_EDEFAULT;
		case SevPackage.VMSA__GUEST_EXIT_INFO2:
			return guestExitInfo2 != GUEST_EXIT_INFO2_EDEFAULT;
		case SevPackage.VMSA__GUEST_EXIT_INT_INFO:
			return guestExitIntInfo != GUEST_EXIT_INT_INFO_EDEFAULT;
		case SevPackage.VMSA__GUEST_NRIP:
			return guestNrip != GUEST_NRIP_EDEFAULT;
		case SevPackage.VMSA__SEV_FEATURES:
			return sevFeatures != SEV_FEATURES_EDEFAULT;
		case SevPackage.VMSA__VINTR_CTRL:
			return vintrCtrl != VINTR_CTRL_EDEFAULT;
		case SevPackage.VMSA__GUEST_EXIT_CODE:
			return guestExitCode != GUEST_EXIT_CODE_EDEFAULT;
		case SevPackage.VMSA__VIRTUAL_TOM:
			return virtualTom != VIRTUAL_TOM_EDEFAULT;
		case SevPackage.VMSA__TLB_ID:
			return tlbId != TLB_ID_EDEFAULT;
		case SevPackage.VMSA__PCPU_ID:
			return pcpuId != PCPU_ID_EDEFAULT;
		case SevPackage.VMSA__EVENT_INJ:
			return eventInj != EVENT_INJ_EDEFAULT;
		case SevPackage.VMSA__XCR0:
			return xcr0 != XCR0_EDEFAULT;
		case SevPackage.VMSA__X87_DP:
			return x87Dp != X87_DP_EDEFAULT;
		case SevPackage.VMSA__MXCSR:
			return mxcsr != MXCSR_EDEFAULT;
		case SevPackage.VMSA__X87_FTW:
			return x87Ftw != X87_FTW_EDEFAULT;
		case SevPackage.VMSA__X87_FSW:
			return x87Fsw != X87_FSW_EDEFAULT;
		case SevPackage.VMSA__X87_FCW:
			return x87Fcw != X87_FCW_EDEFAULT;
		case SevPackage.VMSA__X87_FOP:
			return x87Fop != X87_FOP_EDEFAULT;
		case SevPackage.VMSA__X87_DS:
			return x87Ds != X87_DS_EDEFAULT;
		case SevPackage.VMSA__X87_CS:
			return x87Cs != X87_CS_EDEFAULT;
		case SevPackage.VMSA__X87_RIP:
			return x87Rip != X87_RIP_EDEFAULT;
		case SevPackage.VMSA__FPREG_X87:
			return FPREG_X87_EDEFAULT == null ? fpregX87 != null : !FPREG_X87_EDEFAULT.equals(fpregX87);
		case SevPackage.VMSA__FPREG_XMM:
			return FPREG_XMM_EDEFAULT == null ? fpregXmm != null : !FPREG_XMM_EDEFAULT.equals(fpregXmm);
		case SevPackage.VMSA__FPREG_YMM:
			return FPREG_YMM_EDEFAULT == null ? fpregYmm != null : !FPREG_YMM_EDEFAULT.equals(fpregYmm);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (vmpl0Ssp: "); //$NON-NLS-1$
		result.append(vmpl0Ssp);
		result.append(", vmpl1Ssp: "); //$NON-NLS-1$
		result.append(vmpl1Ssp);
		result.append(", vmpl2Ssp: "); //$NON-NLS-1$
		result.append(vmpl2Ssp);
		result.append(", vmpl3Ssp: "); //$NON-NLS-1$
		result.append(vmpl3Ssp);
		result.append(", uCet: "); //$NON-NLS-1$
		result.append(uCet);
		result.append(", vmpl: "); //$NON-NLS-1$
		result.append(vmpl);
		result.append(", cpl: "); //$NON-NLS-1$
		result.append(cpl);
		result.append(", efer: "); //$NON-NLS-1$
		result.append(efer);
		result.append(", xss: "); //$NON-NLS-1$
		result.append(xss);
		result.append(", cr4: "); //$NON-NLS-1$
		result.append(cr4);
		result.append(", cr3: "); //$NON-NLS-1$
		result.append(cr3);
		result.append(", cr0: "); //$NON-NLS-1$
		result.append(cr0);
		result.append(", dr7: "); //$NON-NLS-1$
		result.append(dr7);
		result.append(", dr6: "); //$NON-NLS-1$
		result.append(dr6);
		result.append(", rflags: "); //$NON-NLS-1$
		result.append(rflags);
		result.append(", rip: "); //$NON-NLS-1$
		result.append(rip);
		result.append(", dr0: "); //$NON-NLS-1$
		result.append(dr0);
		result.append(", dr1: "); //$NON-NLS-1$
		result.append(dr1);
		result.append(", dr2: "); //$NON-NLS-1$
		result.append(dr2);
		result.append(", dr3: "); //$NON-NLS-1$
		result.append(dr3);
		result.append(", dr0AddrMask: "); //$NON-NLS-1$
		result.append(dr0AddrMask);
		result.append(", dr1AddrMask: "); //$NON-NLS-1$
		result.append(dr1AddrMask);
		result.append(", dr2AddrMask: "); //$NON-NLS-1$
		result.append(dr2AddrMask);
		result.append(", dr3AddrMask: "); //$NON-NLS-1$
		result.append(dr3AddrMask);
		result.append(", rsp: "); //$NON-NLS-1$
		result.append(rsp);
		result.append(", sCet: "); //$NON-NLS-1$
		result.append(sCet);
		result.append(", ssp: "); //$NON-NLS-1$
		result.append(ssp);
		result.append(", isstAddr: "); //$NON-NLS-1$
		result.append(isstAddr);
		result.append(", rax: "); //$NON-NLS-1$
		result.append(rax);
		result.append(", star: "); //$NON-NLS-1$
		result.append(star);
		result.append(", lstar: "); //$NON-NLS-1$
		result.append(lstar);
		result.append(", cstar: "); //$NON-NLS-1$
		result.append(cstar);
		result.append(", sfmask: "); //$NON-NLS-1$
		result.append(sfmask);
		result.append(", kernelGsBase: "); //$NON-NLS-1$
		result.append(kernelGsBase);
		result.append(", sysenterCs: "); //$NON-NLS-1$
		result.append(sysenterCs);
		result.append(", sysenterEsp: "); //$NON-NLS-1$
		result.append(sysenterEsp);
		result.append(", sysenterEip: "); //$NON-NLS-1$
		result.append(sysenterEip);
		result.append(", cr2: "); //$NON-NLS-1$
		result.append(cr2);
		result.append(", gPat: "); //$NON-NLS-1$
		result.append(gPat);
		result.append(", dbgctl: "); //$NON-NLS-1$
		result.append(dbgctl);
		result.append(", brFrom: "); //$NON-NLS-1$
		result.append(brFrom);
		result.append(", brTo: "); //$NON-NLS-1$
		result.append(brTo);
		result.append(", lastExcpFrom: "); //$NON-NLS-1$
		result.append(lastExcpFrom);
		result.append(", lastExcpTo: "); //$NON-NLS-1$
		result.append(lastExcpTo);
		result.append(", pkru: "); //$NON-NLS-1$
		result.append(pkru);
		result.append(", tscAux: "); //$NON-NLS-1$
		result.append(tscAux);
		result.append(", rcx: "); //$NON-NLS-1$
		result.append(rcx);
		result.append(", rdx: "); //$NON-NLS-1$
		result.append(rdx);
		result.append(", rbx: "); //$NON-NLS-1$
		result.append(rbx);
		result.append(", rbp: "); //$NON-NLS-1$
		result.append(rbp);
		result.append(", rsi: "); //$NON-NLS-1$
		result.append(rsi);
		result.append(", rdi: "); //$NON-NLS-1$
		result.append(rdi);
		result.append(", r8: "); //$NON-NLS-1$
		result.append(r8);
		result.append(", r9: "); //$NON-NLS-1$
		result.append(r9);
		result.append(", r10: "); //$NON-NLS-1$
		result.append(r10);
		result.append(", r11: "); //$NON-NLS-1$
		result.append(r11);
		result.append(", r12: "); //$NON-NLS-1$
		result.append(r12);
		result.append(", r13: "); //$NON-NLS-1$
		result.append(r13);
		result.append(", r14: "); //$NON-NLS-1$
		result.append(r14);
		result.append(", r15: "); //$NON-NLS-1$
		result.append(r15);
		result.append(", guestExitInfo1: "); //$NON-NLS-1$
		result.append(guestExitInfo1);
		result.append(", guestExitInfo2: "); //$NON-NLS-1$
		result.append(guestExitInfo2);
		result.append(", guestExitIntInfo: "); //$NON-NLS-1$
		result.append(guestExitIntInfo);
		result.append(", guestNrip: "); //$NON-NLS-1$
		result.append(guestNrip);
		result.append(", sevFeatures: "); //$NON-NLS-1$
		result.append(sevFeatures);
		result.append(", vintrCtrl: "); //$NON-NLS-1$
		result.append(vintrCtrl);
		result.append(", guestExitCode: "); //$NON-NLS-1$
		result.append(guestExitCode);
		result.append(", virtualTom: "); //$NON-NLS-1$
		result.append(virtualTom);
		result.append(", tlbId: "); //$NON-NLS-1$
		result.append(tlbId);
		result.append(", pcpuId: "); //$NON-NLS-1$
		result.append(pcpuId);
		result.append(", eventInj: "); //$NON-NLS-1$
		result.append(eventInj);
		result.append(", xcr0: "); //$NON-NLS-1$
		result.append(xcr0);
		result.append(", x87Dp: "); //$NON-NLS-1$
		result.append(x87Dp);
		result.append(", mxcsr: "); //$NON-NLS-1$
		result.append(mxcsr);
		result.append(", x87Ftw: "); //$NON-NLS-1$
		result.append(x87Ftw);
		result.append(", x87Fsw: "); //$NON-NLS-1$
		result.append(x87Fsw);
		result.append(", x87Fcw: "); //$NON-NLS-1$
		result.append(x87Fcw);
		result.append(", x87Fop: "); //$NON-NLS-1$
		result.append(x87Fop);
		result.append(", x87Ds: "); //$NON-NLS-1$
		result.append(x87Ds);
		result.append(", x87Cs: "); //$NON-NLS-1$
		result.append(x87Cs);
		result.append(", x87Rip: "); //$NON-NLS-1$
		result.append(x87Rip);
		result.append(", fpregX87: "); //$NON-NLS-1$
		result.append(fpregX87);
		result.append(", fpregXmm: "); //$NON-NLS-1$
		result.append(fpregXmm);
		result.append(", fpregYmm: "); //$NON-NLS-1$
		result.append(fpregYmm);
		result.append(')');
		return result.toString();
	}

} //VmsaImpl
