/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model;

import org.cocolaunch.model.ModelPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * AMD SEV, SEV-ES and SEV-SNP vendor model of CoCo Launch Workbench: the launch commands' parameter structs as in the kernel UAPI, page types, guest policy and SEV_FEATURES bits, the VMSA, the SNP ID block, firmware states and status codes.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.sev.model.SevFactory
 * @model kind="package"
 * @generated
 */
public interface SevPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://org.cocolaunch/model/sev/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "sev"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SevPackage eINSTANCE = org.cocolaunch.sev.model.impl.SevPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.VmcbSegmentImpl <em>Vmcb Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.VmcbSegmentImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getVmcbSegment()
	 * @generated
	 */
	int VMCB_SEGMENT = 0;

	/**
	 * The feature id for the '<em><b>Selector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMCB_SEGMENT__SELECTOR = 0;

	/**
	 * The feature id for the '<em><b>Attrib</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMCB_SEGMENT__ATTRIB = 1;

	/**
	 * The feature id for the '<em><b>Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMCB_SEGMENT__LIMIT = 2;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMCB_SEGMENT__BASE = 3;

	/**
	 * The number of structural features of the '<em>Vmcb Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMCB_SEGMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Vmcb Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMCB_SEGMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.VmsaImpl <em>Vmsa</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.VmsaImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getVmsa()
	 * @generated
	 */
	int VMSA = 1;

	/**
	 * The feature id for the '<em><b>Es</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__ES = 0;

	/**
	 * The feature id for the '<em><b>Cs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__CS = 1;

	/**
	 * The feature id for the '<em><b>Ss</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__SS = 2;

	/**
	 * The feature id for the '<em><b>Ds</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DS = 3;

	/**
	 * The feature id for the '<em><b>Fs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__FS = 4;

	/**
	 * The feature id for the '<em><b>Gs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__GS = 5;

	/**
	 * The feature id for the '<em><b>Gdtr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__GDTR = 6;

	/**
	 * The feature id for the '<em><b>Ldtr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__LDTR = 7;

	/**
	 * The feature id for the '<em><b>Idtr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__IDTR = 8;

	/**
	 * The feature id for the '<em><b>Tr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__TR = 9;

	/**
	 * The feature id for the '<em><b>Vmpl0 Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__VMPL0_SSP = 10;

	/**
	 * The feature id for the '<em><b>Vmpl1 Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__VMPL1_SSP = 11;

	/**
	 * The feature id for the '<em><b>Vmpl2 Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__VMPL2_SSP = 12;

	/**
	 * The feature id for the '<em><b>Vmpl3 Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__VMPL3_SSP = 13;

	/**
	 * The feature id for the '<em><b>UCet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__UCET = 14;

	/**
	 * The feature id for the '<em><b>Vmpl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__VMPL = 15;

	/**
	 * The feature id for the '<em><b>Cpl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__CPL = 16;

	/**
	 * The feature id for the '<em><b>Efer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__EFER = 17;

	/**
	 * The feature id for the '<em><b>Xss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__XSS = 18;

	/**
	 * The feature id for the '<em><b>Cr4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__CR4 = 19;

	/**
	 * The feature id for the '<em><b>Cr3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__CR3 = 20;

	/**
	 * The feature id for the '<em><b>Cr0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__CR0 = 21;

	/**
	 * The feature id for the '<em><b>Dr7</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR7 = 22;

	/**
	 * The feature id for the '<em><b>Dr6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR6 = 23;

	/**
	 * The feature id for the '<em><b>Rflags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RFLAGS = 24;

	/**
	 * The feature id for the '<em><b>Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RIP = 25;

	/**
	 * The feature id for the '<em><b>Dr0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR0 = 26;

	/**
	 * The feature id for the '<em><b>Dr1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR1 = 27;

	/**
	 * The feature id for the '<em><b>Dr2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR2 = 28;

	/**
	 * The feature id for the '<em><b>Dr3</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR3 = 29;

	/**
	 * The feature id for the '<em><b>Dr0 Addr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR0_ADDR_MASK = 30;

	/**
	 * The feature id for the '<em><b>Dr1 Addr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR1_ADDR_MASK = 31;

	/**
	 * The feature id for the '<em><b>Dr2 Addr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR2_ADDR_MASK = 32;

	/**
	 * The feature id for the '<em><b>Dr3 Addr Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DR3_ADDR_MASK = 33;

	/**
	 * The feature id for the '<em><b>Rsp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RSP = 34;

	/**
	 * The feature id for the '<em><b>SCet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__SCET = 35;

	/**
	 * The feature id for the '<em><b>Ssp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__SSP = 36;

	/**
	 * The feature id for the '<em><b>Isst Addr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__ISST_ADDR = 37;

	/**
	 * The feature id for the '<em><b>Rax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RAX = 38;

	/**
	 * The feature id for the '<em><b>Star</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__STAR = 39;

	/**
	 * The feature id for the '<em><b>Lstar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__LSTAR = 40;

	/**
	 * The feature id for the '<em><b>Cstar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__CSTAR = 41;

	/**
	 * The feature id for the '<em><b>Sfmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__SFMASK = 42;

	/**
	 * The feature id for the '<em><b>Kernel Gs Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__KERNEL_GS_BASE = 43;

	/**
	 * The feature id for the '<em><b>Sysenter Cs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__SYSENTER_CS = 44;

	/**
	 * The feature id for the '<em><b>Sysenter Esp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__SYSENTER_ESP = 45;

	/**
	 * The feature id for the '<em><b>Sysenter Eip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__SYSENTER_EIP = 46;

	/**
	 * The feature id for the '<em><b>Cr2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__CR2 = 47;

	/**
	 * The feature id for the '<em><b>GPat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__GPAT = 48;

	/**
	 * The feature id for the '<em><b>Dbgctl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__DBGCTL = 49;

	/**
	 * The feature id for the '<em><b>Br From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__BR_FROM = 50;

	/**
	 * The feature id for the '<em><b>Br To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__BR_TO = 51;

	/**
	 * The feature id for the '<em><b>Last Excp From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__LAST_EXCP_FROM = 52;

	/**
	 * The feature id for the '<em><b>Last Excp To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__LAST_EXCP_TO = 53;

	/**
	 * The feature id for the '<em><b>Pkru</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__PKRU = 54;

	/**
	 * The feature id for the '<em><b>Tsc Aux</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__TSC_AUX = 55;

	/**
	 * The feature id for the '<em><b>Rcx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RCX = 56;

	/**
	 * The feature id for the '<em><b>Rdx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RDX = 57;

	/**
	 * The feature id for the '<em><b>Rbx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RBX = 58;

	/**
	 * The feature id for the '<em><b>Rbp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RBP = 59;

	/**
	 * The feature id for the '<em><b>Rsi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RSI = 60;

	/**
	 * The feature id for the '<em><b>Rdi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__RDI = 61;

	/**
	 * The feature id for the '<em><b>R8</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__R8 = 62;

	/**
	 * The feature id for the '<em><b>R9</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__R9 = 63;

	/**
	 * The feature id for the '<em><b>R10</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__R10 = 64;

	/**
	 * The feature id for the '<em><b>R11</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__R11 = 65;

	/**
	 * The feature id for the '<em><b>R12</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__R12 = 66;

	/**
	 * The feature id for the '<em><b>R13</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__R13 = 67;

	/**
	 * The feature id for the '<em><b>R14</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__R14 = 68;

	/**
	 * The feature id for the '<em><b>R15</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__R15 = 69;

	/**
	 * The feature id for the '<em><b>Guest Exit Info1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__GUEST_EXIT_INFO1 = 70;

	/**
	 * The feature id for the '<em><b>Guest Exit Info2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__GUEST_EXIT_INFO2 = 71;

	/**
	 * The feature id for the '<em><b>Guest Exit Int Info</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__GUEST_EXIT_INT_INFO = 72;

	/**
	 * The feature id for the '<em><b>Guest Nrip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__GUEST_NRIP = 73;

	/**
	 * The feature id for the '<em><b>Sev Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__SEV_FEATURES = 74;

	/**
	 * The feature id for the '<em><b>Vintr Ctrl</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__VINTR_CTRL = 75;

	/**
	 * The feature id for the '<em><b>Guest Exit Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__GUEST_EXIT_CODE = 76;

	/**
	 * The feature id for the '<em><b>Virtual Tom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__VIRTUAL_TOM = 77;

	/**
	 * The feature id for the '<em><b>Tlb Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__TLB_ID = 78;

	/**
	 * The feature id for the '<em><b>Pcpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__PCPU_ID = 79;

	/**
	 * The feature id for the '<em><b>Event Inj</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__EVENT_INJ = 80;

	/**
	 * The feature id for the '<em><b>Xcr0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__XCR0 = 81;

	/**
	 * The feature id for the '<em><b>X87 Dp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__X87_DP = 82;

	/**
	 * The feature id for the '<em><b>Mxcsr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__MXCSR = 83;

	/**
	 * The feature id for the '<em><b>X87 Ftw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__X87_FTW = 84;

	/**
	 * The feature id for the '<em><b>X87 Fsw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__X87_FSW = 85;

	/**
	 * The feature id for the '<em><b>X87 Fcw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__X87_FCW = 86;

	/**
	 * The feature id for the '<em><b>X87 Fop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__X87_FOP = 87;

	/**
	 * The feature id for the '<em><b>X87 Ds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__X87_DS = 88;

	/**
	 * The feature id for the '<em><b>X87 Cs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__X87_CS = 89;

	/**
	 * The feature id for the '<em><b>X87 Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__X87_RIP = 90;

	/**
	 * The feature id for the '<em><b>Fpreg X87</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__FPREG_X87 = 91;

	/**
	 * The feature id for the '<em><b>Fpreg Xmm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__FPREG_XMM = 92;

	/**
	 * The feature id for the '<em><b>Fpreg Ymm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA__FPREG_YMM = 93;

	/**
	 * The number of structural features of the '<em>Vmsa</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA_FEATURE_COUNT = 94;

	/**
	 * The number of operations of the '<em>Vmsa</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VMSA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevInitImpl <em>Init</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevInitImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevInit()
	 * @generated
	 */
	int SEV_INIT = 2;

	/**
	 * The feature id for the '<em><b>Vmsa Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_INIT__VMSA_FEATURES = 0;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_INIT__FLAGS = 1;

	/**
	 * The feature id for the '<em><b>Ghcb Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_INIT__GHCB_VERSION = 2;

	/**
	 * The number of structural features of the '<em>Init</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_INIT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Init</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_INIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevLegacyInitImpl <em>Legacy Init</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevLegacyInitImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLegacyInit()
	 * @generated
	 */
	int SEV_LEGACY_INIT = 3;

	/**
	 * The feature id for the '<em><b>Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LEGACY_INIT__ES = 0;

	/**
	 * The number of structural features of the '<em>Legacy Init</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LEGACY_INIT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Legacy Init</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LEGACY_INIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl <em>Launch Start</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevLaunchStartImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchStart()
	 * @generated
	 */
	int SEV_LAUNCH_START = 4;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__HANDLE = 0;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__POLICY = 1;

	/**
	 * The feature id for the '<em><b>Dh Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__DH_UADDR = 2;

	/**
	 * The feature id for the '<em><b>Dh Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__DH_LEN = 3;

	/**
	 * The feature id for the '<em><b>Session Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__SESSION_UADDR = 4;

	/**
	 * The feature id for the '<em><b>Session Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__SESSION_LEN = 5;

	/**
	 * The feature id for the '<em><b>Dh Cert</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__DH_CERT = 6;

	/**
	 * The feature id for the '<em><b>Session</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__SESSION = 7;

	/**
	 * The feature id for the '<em><b>Tik</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START__TIK = 8;

	/**
	 * The number of structural features of the '<em>Launch Start</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Launch Start</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_START_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevLaunchUpdateDataImpl <em>Launch Update Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevLaunchUpdateDataImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchUpdateData()
	 * @generated
	 */
	int SEV_LAUNCH_UPDATE_DATA = 5;

	/**
	 * The feature id for the '<em><b>Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_UPDATE_DATA__UADDR = 0;

	/**
	 * The feature id for the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_UPDATE_DATA__LEN = 1;

	/**
	 * The number of structural features of the '<em>Launch Update Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_UPDATE_DATA_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Launch Update Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_UPDATE_DATA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevLaunchUpdateVmsaImpl <em>Launch Update Vmsa</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevLaunchUpdateVmsaImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchUpdateVmsa()
	 * @generated
	 */
	int SEV_LAUNCH_UPDATE_VMSA = 6;

	/**
	 * The feature id for the '<em><b>Vcpu Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT = 0;

	/**
	 * The number of structural features of the '<em>Launch Update Vmsa</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_UPDATE_VMSA_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Launch Update Vmsa</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_UPDATE_VMSA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevLaunchMeasureImpl <em>Launch Measure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevLaunchMeasureImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchMeasure()
	 * @generated
	 */
	int SEV_LAUNCH_MEASURE = 7;

	/**
	 * The feature id for the '<em><b>Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_MEASURE__UADDR = 0;

	/**
	 * The feature id for the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_MEASURE__LEN = 1;

	/**
	 * The feature id for the '<em><b>Mnonce</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_MEASURE__MNONCE = 2;

	/**
	 * The number of structural features of the '<em>Launch Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_MEASURE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Launch Measure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_MEASURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl <em>Launch Secret</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevLaunchSecretImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchSecret()
	 * @generated
	 */
	int SEV_LAUNCH_SECRET = 8;

	/**
	 * The feature id for the '<em><b>Hdr Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__HDR_UADDR = 0;

	/**
	 * The feature id for the '<em><b>Hdr Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__HDR_LEN = 1;

	/**
	 * The feature id for the '<em><b>Guest Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__GUEST_UADDR = 2;

	/**
	 * The feature id for the '<em><b>Guest Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__GUEST_LEN = 3;

	/**
	 * The feature id for the '<em><b>Trans Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__TRANS_UADDR = 4;

	/**
	 * The feature id for the '<em><b>Trans Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__TRANS_LEN = 5;

	/**
	 * The feature id for the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__HEADER = 6;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__TRANSPORT = 7;

	/**
	 * The feature id for the '<em><b>Guest Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET__GUEST_GPA = 8;

	/**
	 * The number of structural features of the '<em>Launch Secret</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Launch Secret</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_SECRET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevLaunchFinishImpl <em>Launch Finish</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevLaunchFinishImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchFinish()
	 * @generated
	 */
	int SEV_LAUNCH_FINISH = 9;

	/**
	 * The number of structural features of the '<em>Launch Finish</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_FINISH_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Launch Finish</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_FINISH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevGuestStatusImpl <em>Guest Status</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevGuestStatusImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevGuestStatus()
	 * @generated
	 */
	int SEV_GUEST_STATUS = 10;

	/**
	 * The feature id for the '<em><b>Handle</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_GUEST_STATUS__HANDLE = 0;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_GUEST_STATUS__POLICY = 1;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_GUEST_STATUS__STATE = 2;

	/**
	 * The number of structural features of the '<em>Guest Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_GUEST_STATUS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Guest Status</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_GUEST_STATUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SnpLaunchStartImpl <em>Snp Launch Start</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SnpLaunchStartImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpLaunchStart()
	 * @generated
	 */
	int SNP_LAUNCH_START = 11;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_START__POLICY = 0;

	/**
	 * The feature id for the '<em><b>Gosvw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_START__GOSVW = 1;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_START__FLAGS = 2;

	/**
	 * The number of structural features of the '<em>Snp Launch Start</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_START_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Snp Launch Start</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_START_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl <em>Snp Launch Update</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpLaunchUpdate()
	 * @generated
	 */
	int SNP_LAUNCH_UPDATE = 12;

	/**
	 * The feature id for the '<em><b>Gfn Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_UPDATE__GFN_START = 0;

	/**
	 * The feature id for the '<em><b>Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_UPDATE__UADDR = 1;

	/**
	 * The feature id for the '<em><b>Len</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_UPDATE__LEN = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_UPDATE__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_UPDATE__FLAGS = 4;

	/**
	 * The feature id for the '<em><b>Cpuid Functions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS = 5;

	/**
	 * The number of structural features of the '<em>Snp Launch Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_UPDATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Snp Launch Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_UPDATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl <em>Snp Cpuid Function</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpCpuidFunction()
	 * @generated
	 */
	int SNP_CPUID_FUNCTION = 13;

	/**
	 * The feature id for the '<em><b>Eax In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__EAX_IN = 0;

	/**
	 * The feature id for the '<em><b>Ecx In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__ECX_IN = 1;

	/**
	 * The feature id for the '<em><b>Xcr0 In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__XCR0_IN = 2;

	/**
	 * The feature id for the '<em><b>Xss In</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__XSS_IN = 3;

	/**
	 * The feature id for the '<em><b>Eax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__EAX = 4;

	/**
	 * The feature id for the '<em><b>Ebx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__EBX = 5;

	/**
	 * The feature id for the '<em><b>Ecx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__ECX = 6;

	/**
	 * The feature id for the '<em><b>Edx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__EDX = 7;

	/**
	 * The feature id for the '<em><b>Reserved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION__RESERVED = 8;

	/**
	 * The number of structural features of the '<em>Snp Cpuid Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Snp Cpuid Function</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_FUNCTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SnpCpuidMismatchImpl <em>Snp Cpuid Mismatch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SnpCpuidMismatchImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpCpuidMismatch()
	 * @generated
	 */
	int SNP_CPUID_MISMATCH = 14;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_MISMATCH__FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_MISMATCH__INDEX = 1;

	/**
	 * The feature id for the '<em><b>Provided</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_MISMATCH__PROVIDED = 2;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_MISMATCH__EXPECTED = 3;

	/**
	 * The number of structural features of the '<em>Snp Cpuid Mismatch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_MISMATCH_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Snp Cpuid Mismatch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_CPUID_MISMATCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevHostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevHostImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevHost()
	 * @generated
	 */
	int SEV_HOST = 15;

	/**
	 * The feature id for the '<em><b>Sev Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_HOST__SEV_ENABLED = 0;

	/**
	 * The feature id for the '<em><b>Sev Es Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_HOST__SEV_ES_ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Snp Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_HOST__SNP_ENABLED = 2;

	/**
	 * The feature id for the '<em><b>Vm Types</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_HOST__VM_TYPES = 3;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_HOST_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl <em>Snp Launch Finish</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpLaunchFinish()
	 * @generated
	 */
	int SNP_LAUNCH_FINISH = 16;

	/**
	 * The feature id for the '<em><b>Id Block Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__ID_BLOCK_UADDR = 0;

	/**
	 * The feature id for the '<em><b>Id Auth Uaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__ID_AUTH_UADDR = 1;

	/**
	 * The feature id for the '<em><b>Id Block En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__ID_BLOCK_EN = 2;

	/**
	 * The feature id for the '<em><b>Auth Key En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__AUTH_KEY_EN = 3;

	/**
	 * The feature id for the '<em><b>Vcek Disabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__VCEK_DISABLED = 4;

	/**
	 * The feature id for the '<em><b>Host Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__HOST_DATA = 5;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__FLAGS = 6;

	/**
	 * The feature id for the '<em><b>Id Block</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__ID_BLOCK = 7;

	/**
	 * The feature id for the '<em><b>Id Auth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH__ID_AUTH = 8;

	/**
	 * The number of structural features of the '<em>Snp Launch Finish</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Snp Launch Finish</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_LAUNCH_FINISH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SnpIdBlockImpl <em>Snp Id Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SnpIdBlockImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpIdBlock()
	 * @generated
	 */
	int SNP_ID_BLOCK = 17;

	/**
	 * The feature id for the '<em><b>Ld</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_BLOCK__LD = 0;

	/**
	 * The feature id for the '<em><b>Family Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_BLOCK__FAMILY_ID = 1;

	/**
	 * The feature id for the '<em><b>Image Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_BLOCK__IMAGE_ID = 2;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_BLOCK__VERSION = 3;

	/**
	 * The feature id for the '<em><b>Guest Svn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_BLOCK__GUEST_SVN = 4;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_BLOCK__POLICY = 5;

	/**
	 * The number of structural features of the '<em>Snp Id Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_BLOCK_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Snp Id Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_BLOCK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SnpIdAuthImpl <em>Snp Id Auth</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SnpIdAuthImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpIdAuth()
	 * @generated
	 */
	int SNP_ID_AUTH = 18;

	/**
	 * The feature id for the '<em><b>Id Key Algo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_AUTH__ID_KEY_ALGO = 0;

	/**
	 * The feature id for the '<em><b>Auth Key Algo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_AUTH__AUTH_KEY_ALGO = 1;

	/**
	 * The feature id for the '<em><b>Id Block Sig</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_AUTH__ID_BLOCK_SIG = 2;

	/**
	 * The feature id for the '<em><b>Id Key</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_AUTH__ID_KEY = 3;

	/**
	 * The feature id for the '<em><b>Id Key Sig</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_AUTH__ID_KEY_SIG = 4;

	/**
	 * The feature id for the '<em><b>Author Key</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_AUTH__AUTHOR_KEY = 5;

	/**
	 * The number of structural features of the '<em>Snp Id Auth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_AUTH_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Snp Id Auth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SNP_ID_AUTH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.EcdsaSignatureImpl <em>Ecdsa Signature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.EcdsaSignatureImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getEcdsaSignature()
	 * @generated
	 */
	int ECDSA_SIGNATURE = 19;

	/**
	 * The feature id for the '<em><b>R</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_SIGNATURE__R = 0;

	/**
	 * The feature id for the '<em><b>S</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_SIGNATURE__S = 1;

	/**
	 * The number of structural features of the '<em>Ecdsa Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_SIGNATURE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Ecdsa Signature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_SIGNATURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.EcdsaPublicKeyImpl <em>Ecdsa Public Key</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.EcdsaPublicKeyImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getEcdsaPublicKey()
	 * @generated
	 */
	int ECDSA_PUBLIC_KEY = 20;

	/**
	 * The feature id for the '<em><b>Curve</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_PUBLIC_KEY__CURVE = 0;

	/**
	 * The feature id for the '<em><b>Qx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_PUBLIC_KEY__QX = 1;

	/**
	 * The feature id for the '<em><b>Qy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_PUBLIC_KEY__QY = 2;

	/**
	 * The number of structural features of the '<em>Ecdsa Public Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_PUBLIC_KEY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Ecdsa Public Key</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ECDSA_PUBLIC_KEY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl <em>Launch Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.impl.SevLaunchConfigImpl
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchConfig()
	 * @generated
	 */
	int SEV_LAUNCH_CONFIG = 21;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__FIRMWARE = ModelPackage.LAUNCH_CONFIG__FIRMWARE;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__KERNEL = ModelPackage.LAUNCH_CONFIG__KERNEL;

	/**
	 * The feature id for the '<em><b>Initrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__INITRD = ModelPackage.LAUNCH_CONFIG__INITRD;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__APPEND = ModelPackage.LAUNCH_CONFIG__APPEND;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__VCPUS = ModelPackage.LAUNCH_CONFIG__VCPUS;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__MODE = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vcpu Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__VCPU_TYPE = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Vcpu Sig</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__VCPU_SIG = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Guest Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__GUEST_FEATURES = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__POLICY = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Vmm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__VMM = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Legacy Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__LEGACY_INIT = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Snp Ovmf Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__SNP_OVMF_HASH = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Svsm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__SVSM = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Vars Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG__VARS_SIZE = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Launch Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG_FEATURE_COUNT = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Launch Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEV_LAUNCH_CONFIG_OPERATION_COUNT = ModelPackage.LAUNCH_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.SevCommandId <em>Command Id</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SevCommandId
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevCommandId()
	 * @generated
	 */
	int SEV_COMMAND_ID = 22;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.SnpPageType <em>Snp Page Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SnpPageType
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpPageType()
	 * @generated
	 */
	int SNP_PAGE_TYPE = 23;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.SevPolicyBit <em>Policy Bit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SevPolicyBit
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevPolicyBit()
	 * @generated
	 */
	int SEV_POLICY_BIT = 24;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.SnpPolicyBit <em>Snp Policy Bit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SnpPolicyBit
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpPolicyBit()
	 * @generated
	 */
	int SNP_POLICY_BIT = 25;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.SevFeature <em>Feature</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SevFeature
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevFeature()
	 * @generated
	 */
	int SEV_FEATURE = 26;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.SevGuestState <em>Guest State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SevGuestState
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevGuestState()
	 * @generated
	 */
	int SEV_GUEST_STATE = 27;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.SnpGuestState <em>Snp Guest State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SnpGuestState
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpGuestState()
	 * @generated
	 */
	int SNP_GUEST_STATE = 28;

	/**
	 * The meta object id for the '{@link org.cocolaunch.sev.model.SevStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SevStatus
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevStatus()
	 * @generated
	 */
	int SEV_STATUS = 29;

	/**
	 * The meta object id for the '<em>Mode</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.SevMode
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevMode()
	 * @generated
	 */
	int SEV_MODE = 30;

	/**
	 * The meta object id for the '<em>Vmm Type</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.sev.model.VmmType
	 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getVmmType()
	 * @generated
	 */
	int VMM_TYPE = 31;

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.VmcbSegment <em>Vmcb Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vmcb Segment</em>'.
	 * @see org.cocolaunch.sev.model.VmcbSegment
	 * @generated
	 */
	EClass getVmcbSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.VmcbSegment#getSelector <em>Selector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Selector</em>'.
	 * @see org.cocolaunch.sev.model.VmcbSegment#getSelector()
	 * @see #getVmcbSegment()
	 * @generated
	 */
	EAttribute getVmcbSegment_Selector();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.VmcbSegment#getAttrib <em>Attrib</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attrib</em>'.
	 * @see org.cocolaunch.sev.model.VmcbSegment#getAttrib()
	 * @see #getVmcbSegment()
	 * @generated
	 */
	EAttribute getVmcbSegment_Attrib();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.VmcbSegment#getLimit <em>Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Limit</em>'.
	 * @see org.cocolaunch.sev.model.VmcbSegment#getLimit()
	 * @see #getVmcbSegment()
	 * @generated
	 */
	EAttribute getVmcbSegment_Limit();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.VmcbSegment#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.cocolaunch.sev.model.VmcbSegment#getBase()
	 * @see #getVmcbSegment()
	 * @generated
	 */
	EAttribute getVmcbSegment_Base();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.Vmsa <em>Vmsa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vmsa</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa
	 * @generated
	 */
	EClass getVmsa();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getEs <em>Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Es</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getEs()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Es();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getCs <em>Cs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cs</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getCs()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Cs();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getSs <em>Ss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ss</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getSs()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Ss();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getDs <em>Ds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ds</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDs()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Ds();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getFs <em>Fs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Fs</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getFs()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Fs();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getGs <em>Gs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gs</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getGs()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Gs();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getGdtr <em>Gdtr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gdtr</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getGdtr()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Gdtr();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getLdtr <em>Ldtr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ldtr</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getLdtr()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Ldtr();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getIdtr <em>Idtr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Idtr</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getIdtr()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Idtr();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.Vmsa#getTr <em>Tr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tr</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getTr()
	 * @see #getVmsa()
	 * @generated
	 */
	EReference getVmsa_Tr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getVmpl0Ssp <em>Vmpl0 Ssp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vmpl0 Ssp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getVmpl0Ssp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Vmpl0Ssp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getVmpl1Ssp <em>Vmpl1 Ssp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vmpl1 Ssp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getVmpl1Ssp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Vmpl1Ssp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getVmpl2Ssp <em>Vmpl2 Ssp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vmpl2 Ssp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getVmpl2Ssp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Vmpl2Ssp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getVmpl3Ssp <em>Vmpl3 Ssp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vmpl3 Ssp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getVmpl3Ssp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Vmpl3Ssp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getUCet <em>UCet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>UCet</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getUCet()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_UCet();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getVmpl <em>Vmpl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vmpl</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getVmpl()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Vmpl();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getCpl <em>Cpl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpl</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getCpl()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Cpl();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getEfer <em>Efer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Efer</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getEfer()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Efer();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getXss <em>Xss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xss</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getXss()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Xss();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getCr4 <em>Cr4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cr4</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getCr4()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Cr4();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getCr3 <em>Cr3</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cr3</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getCr3()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Cr3();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getCr0 <em>Cr0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cr0</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getCr0()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Cr0();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr7 <em>Dr7</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr7</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr7()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr7();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr6 <em>Dr6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr6</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr6()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr6();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRflags <em>Rflags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rflags</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRflags()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rflags();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRip <em>Rip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rip</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRip()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rip();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr0 <em>Dr0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr0</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr0()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr0();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr1 <em>Dr1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr1</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr1()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr1();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr2 <em>Dr2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr2</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr2()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr2();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr3 <em>Dr3</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr3</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr3()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr3();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr0AddrMask <em>Dr0 Addr Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr0 Addr Mask</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr0AddrMask()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr0AddrMask();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr1AddrMask <em>Dr1 Addr Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr1 Addr Mask</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr1AddrMask()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr1AddrMask();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr2AddrMask <em>Dr2 Addr Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr2 Addr Mask</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr2AddrMask()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr2AddrMask();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDr3AddrMask <em>Dr3 Addr Mask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dr3 Addr Mask</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDr3AddrMask()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dr3AddrMask();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRsp <em>Rsp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rsp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRsp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rsp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getSCet <em>SCet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>SCet</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getSCet()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_SCet();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getSsp <em>Ssp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getSsp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Ssp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getIsstAddr <em>Isst Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isst Addr</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getIsstAddr()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_IsstAddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRax <em>Rax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rax</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRax()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rax();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getStar <em>Star</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Star</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getStar()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Star();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getLstar <em>Lstar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lstar</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getLstar()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Lstar();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getCstar <em>Cstar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cstar</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getCstar()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Cstar();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getSfmask <em>Sfmask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sfmask</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getSfmask()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Sfmask();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getKernelGsBase <em>Kernel Gs Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Gs Base</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getKernelGsBase()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_KernelGsBase();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getSysenterCs <em>Sysenter Cs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sysenter Cs</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getSysenterCs()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_SysenterCs();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getSysenterEsp <em>Sysenter Esp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sysenter Esp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getSysenterEsp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_SysenterEsp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getSysenterEip <em>Sysenter Eip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sysenter Eip</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getSysenterEip()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_SysenterEip();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getCr2 <em>Cr2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cr2</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getCr2()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Cr2();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getGPat <em>GPat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>GPat</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getGPat()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_GPat();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getDbgctl <em>Dbgctl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dbgctl</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getDbgctl()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Dbgctl();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getBrFrom <em>Br From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Br From</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getBrFrom()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_BrFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getBrTo <em>Br To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Br To</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getBrTo()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_BrTo();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getLastExcpFrom <em>Last Excp From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Excp From</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getLastExcpFrom()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_LastExcpFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getLastExcpTo <em>Last Excp To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Excp To</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getLastExcpTo()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_LastExcpTo();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getPkru <em>Pkru</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pkru</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getPkru()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Pkru();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getTscAux <em>Tsc Aux</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tsc Aux</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getTscAux()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_TscAux();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRcx <em>Rcx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcx</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRcx()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rcx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRdx <em>Rdx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdx</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRdx()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rdx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRbx <em>Rbx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rbx</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRbx()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rbx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRbp <em>Rbp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rbp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRbp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rbp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRsi <em>Rsi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rsi</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRsi()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rsi();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getRdi <em>Rdi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rdi</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getRdi()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Rdi();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getR8 <em>R8</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R8</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getR8()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_R8();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getR9 <em>R9</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R9</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getR9()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_R9();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getR10 <em>R10</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R10</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getR10()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_R10();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getR11 <em>R11</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R11</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getR11()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_R11();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getR12 <em>R12</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R12</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getR12()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_R12();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getR13 <em>R13</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R13</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getR13()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_R13();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getR14 <em>R14</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R14</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getR14()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_R14();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getR15 <em>R15</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R15</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getR15()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_R15();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getGuestExitInfo1 <em>Guest Exit Info1</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Exit Info1</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getGuestExitInfo1()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_GuestExitInfo1();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getGuestExitInfo2 <em>Guest Exit Info2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Exit Info2</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getGuestExitInfo2()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_GuestExitInfo2();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getGuestExitIntInfo <em>Guest Exit Int Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Exit Int Info</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getGuestExitIntInfo()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_GuestExitIntInfo();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getGuestNrip <em>Guest Nrip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Nrip</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getGuestNrip()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_GuestNrip();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getSevFeatures <em>Sev Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sev Features</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getSevFeatures()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_SevFeatures();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getVintrCtrl <em>Vintr Ctrl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vintr Ctrl</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getVintrCtrl()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_VintrCtrl();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getGuestExitCode <em>Guest Exit Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Exit Code</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getGuestExitCode()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_GuestExitCode();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getVirtualTom <em>Virtual Tom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Virtual Tom</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getVirtualTom()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_VirtualTom();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getTlbId <em>Tlb Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tlb Id</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getTlbId()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_TlbId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getPcpuId <em>Pcpu Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pcpu Id</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getPcpuId()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_PcpuId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getEventInj <em>Event Inj</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Inj</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getEventInj()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_EventInj();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getXcr0 <em>Xcr0</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xcr0</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getXcr0()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Xcr0();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getX87Dp <em>X87 Dp</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X87 Dp</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getX87Dp()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_X87Dp();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getMxcsr <em>Mxcsr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mxcsr</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getMxcsr()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_Mxcsr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getX87Ftw <em>X87 Ftw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X87 Ftw</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getX87Ftw()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_X87Ftw();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getX87Fsw <em>X87 Fsw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X87 Fsw</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getX87Fsw()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_X87Fsw();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getX87Fcw <em>X87 Fcw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X87 Fcw</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getX87Fcw()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_X87Fcw();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getX87Fop <em>X87 Fop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X87 Fop</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getX87Fop()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_X87Fop();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getX87Ds <em>X87 Ds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X87 Ds</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getX87Ds()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_X87Ds();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getX87Cs <em>X87 Cs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X87 Cs</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getX87Cs()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_X87Cs();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getX87Rip <em>X87 Rip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X87 Rip</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getX87Rip()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_X87Rip();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getFpregX87 <em>Fpreg X87</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fpreg X87</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getFpregX87()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_FpregX87();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getFpregXmm <em>Fpreg Xmm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fpreg Xmm</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getFpregXmm()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_FpregXmm();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.Vmsa#getFpregYmm <em>Fpreg Ymm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fpreg Ymm</em>'.
	 * @see org.cocolaunch.sev.model.Vmsa#getFpregYmm()
	 * @see #getVmsa()
	 * @generated
	 */
	EAttribute getVmsa_FpregYmm();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevInit <em>Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Init</em>'.
	 * @see org.cocolaunch.sev.model.SevInit
	 * @generated
	 */
	EClass getSevInit();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevInit#getVmsaFeatures <em>Vmsa Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vmsa Features</em>'.
	 * @see org.cocolaunch.sev.model.SevInit#getVmsaFeatures()
	 * @see #getSevInit()
	 * @generated
	 */
	EAttribute getSevInit_VmsaFeatures();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevInit#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cocolaunch.sev.model.SevInit#getFlags()
	 * @see #getSevInit()
	 * @generated
	 */
	EAttribute getSevInit_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevInit#getGhcbVersion <em>Ghcb Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ghcb Version</em>'.
	 * @see org.cocolaunch.sev.model.SevInit#getGhcbVersion()
	 * @see #getSevInit()
	 * @generated
	 */
	EAttribute getSevInit_GhcbVersion();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevLegacyInit <em>Legacy Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Legacy Init</em>'.
	 * @see org.cocolaunch.sev.model.SevLegacyInit
	 * @generated
	 */
	EClass getSevLegacyInit();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLegacyInit#isEs <em>Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Es</em>'.
	 * @see org.cocolaunch.sev.model.SevLegacyInit#isEs()
	 * @see #getSevLegacyInit()
	 * @generated
	 */
	EAttribute getSevLegacyInit_Es();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevLaunchStart <em>Launch Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Start</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart
	 * @generated
	 */
	EClass getSevLaunchStart();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getHandle <em>Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getHandle()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_Handle();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getPolicy()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_Policy();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhUaddr <em>Dh Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dh Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getDhUaddr()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_DhUaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhLen <em>Dh Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dh Len</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getDhLen()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_DhLen();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionUaddr <em>Session Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getSessionUaddr()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_SessionUaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getSessionLen <em>Session Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Len</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getSessionLen()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_SessionLen();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getDhCert <em>Dh Cert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dh Cert</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getDhCert()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_DhCert();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getSession <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getSession()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_Session();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchStart#getTik <em>Tik</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tik</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchStart#getTik()
	 * @see #getSevLaunchStart()
	 * @generated
	 */
	EAttribute getSevLaunchStart_Tik();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevLaunchUpdateData <em>Launch Update Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Update Data</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchUpdateData
	 * @generated
	 */
	EClass getSevLaunchUpdateData();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getUaddr <em>Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchUpdateData#getUaddr()
	 * @see #getSevLaunchUpdateData()
	 * @generated
	 */
	EAttribute getSevLaunchUpdateData_Uaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchUpdateData#getLen <em>Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Len</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchUpdateData#getLen()
	 * @see #getSevLaunchUpdateData()
	 * @generated
	 */
	EAttribute getSevLaunchUpdateData_Len();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevLaunchUpdateVmsa <em>Launch Update Vmsa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Update Vmsa</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchUpdateVmsa
	 * @generated
	 */
	EClass getSevLaunchUpdateVmsa();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchUpdateVmsa#getVcpuCount <em>Vcpu Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Count</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchUpdateVmsa#getVcpuCount()
	 * @see #getSevLaunchUpdateVmsa()
	 * @generated
	 */
	EAttribute getSevLaunchUpdateVmsa_VcpuCount();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevLaunchMeasure <em>Launch Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Measure</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchMeasure
	 * @generated
	 */
	EClass getSevLaunchMeasure();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchMeasure#getUaddr <em>Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchMeasure#getUaddr()
	 * @see #getSevLaunchMeasure()
	 * @generated
	 */
	EAttribute getSevLaunchMeasure_Uaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchMeasure#getLen <em>Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Len</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchMeasure#getLen()
	 * @see #getSevLaunchMeasure()
	 * @generated
	 */
	EAttribute getSevLaunchMeasure_Len();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchMeasure#getMnonce <em>Mnonce</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mnonce</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchMeasure#getMnonce()
	 * @see #getSevLaunchMeasure()
	 * @generated
	 */
	EAttribute getSevLaunchMeasure_Mnonce();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevLaunchSecret <em>Launch Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Secret</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret
	 * @generated
	 */
	EClass getSevLaunchSecret();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrUaddr <em>Hdr Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hdr Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getHdrUaddr()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_HdrUaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHdrLen <em>Hdr Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hdr Len</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getHdrLen()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_HdrLen();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestUaddr <em>Guest Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getGuestUaddr()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_GuestUaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestLen <em>Guest Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Len</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getGuestLen()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_GuestLen();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransUaddr <em>Trans Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trans Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getTransUaddr()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_TransUaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransLen <em>Trans Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trans Len</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getTransLen()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_TransLen();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getHeader <em>Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getHeader()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_Header();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getTransport()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_Transport();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchSecret#getGuestGpa <em>Guest Gpa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Gpa</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret#getGuestGpa()
	 * @see #getSevLaunchSecret()
	 * @generated
	 */
	EAttribute getSevLaunchSecret_GuestGpa();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevLaunchFinish <em>Launch Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Finish</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchFinish
	 * @generated
	 */
	EClass getSevLaunchFinish();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevGuestStatus <em>Guest Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Guest Status</em>'.
	 * @see org.cocolaunch.sev.model.SevGuestStatus
	 * @generated
	 */
	EClass getSevGuestStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevGuestStatus#getHandle <em>Handle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handle</em>'.
	 * @see org.cocolaunch.sev.model.SevGuestStatus#getHandle()
	 * @see #getSevGuestStatus()
	 * @generated
	 */
	EAttribute getSevGuestStatus_Handle();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevGuestStatus#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.cocolaunch.sev.model.SevGuestStatus#getPolicy()
	 * @see #getSevGuestStatus()
	 * @generated
	 */
	EAttribute getSevGuestStatus_Policy();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevGuestStatus#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.cocolaunch.sev.model.SevGuestStatus#getState()
	 * @see #getSevGuestStatus()
	 * @generated
	 */
	EAttribute getSevGuestStatus_State();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SnpLaunchStart <em>Snp Launch Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snp Launch Start</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchStart
	 * @generated
	 */
	EClass getSnpLaunchStart();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchStart#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchStart#getPolicy()
	 * @see #getSnpLaunchStart()
	 * @generated
	 */
	EAttribute getSnpLaunchStart_Policy();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchStart#getGosvw <em>Gosvw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gosvw</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchStart#getGosvw()
	 * @see #getSnpLaunchStart()
	 * @generated
	 */
	EAttribute getSnpLaunchStart_Gosvw();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchStart#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchStart#getFlags()
	 * @see #getSnpLaunchStart()
	 * @generated
	 */
	EAttribute getSnpLaunchStart_Flags();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SnpLaunchUpdate <em>Snp Launch Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snp Launch Update</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchUpdate
	 * @generated
	 */
	EClass getSnpLaunchUpdate();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getGfnStart <em>Gfn Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gfn Start</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchUpdate#getGfnStart()
	 * @see #getSnpLaunchUpdate()
	 * @generated
	 */
	EAttribute getSnpLaunchUpdate_GfnStart();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getUaddr <em>Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchUpdate#getUaddr()
	 * @see #getSnpLaunchUpdate()
	 * @generated
	 */
	EAttribute getSnpLaunchUpdate_Uaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getLen <em>Len</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Len</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchUpdate#getLen()
	 * @see #getSnpLaunchUpdate()
	 * @generated
	 */
	EAttribute getSnpLaunchUpdate_Len();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchUpdate#getType()
	 * @see #getSnpLaunchUpdate()
	 * @generated
	 */
	EAttribute getSnpLaunchUpdate_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchUpdate#getFlags()
	 * @see #getSnpLaunchUpdate()
	 * @generated
	 */
	EAttribute getSnpLaunchUpdate_Flags();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.sev.model.SnpLaunchUpdate#getCpuidFunctions <em>Cpuid Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cpuid Functions</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchUpdate#getCpuidFunctions()
	 * @see #getSnpLaunchUpdate()
	 * @generated
	 */
	EReference getSnpLaunchUpdate_CpuidFunctions();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SnpCpuidFunction <em>Snp Cpuid Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snp Cpuid Function</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction
	 * @generated
	 */
	EClass getSnpCpuidFunction();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEaxIn <em>Eax In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eax In</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getEaxIn()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_EaxIn();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEcxIn <em>Ecx In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ecx In</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getEcxIn()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_EcxIn();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getXcr0In <em>Xcr0 In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xcr0 In</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getXcr0In()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_Xcr0In();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getXssIn <em>Xss In</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xss In</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getXssIn()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_XssIn();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEax <em>Eax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eax</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getEax()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_Eax();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEbx <em>Ebx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ebx</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getEbx()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_Ebx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEcx <em>Ecx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ecx</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getEcx()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_Ecx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getEdx <em>Edx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edx</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getEdx()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_Edx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidFunction#getReserved <em>Reserved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reserved</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction#getReserved()
	 * @see #getSnpCpuidFunction()
	 * @generated
	 */
	EAttribute getSnpCpuidFunction_Reserved();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SnpCpuidMismatch <em>Snp Cpuid Mismatch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snp Cpuid Mismatch</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidMismatch
	 * @generated
	 */
	EClass getSnpCpuidMismatch();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidMismatch#getFunction()
	 * @see #getSnpCpuidMismatch()
	 * @generated
	 */
	EAttribute getSnpCpuidMismatch_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidMismatch#getIndex()
	 * @see #getSnpCpuidMismatch()
	 * @generated
	 */
	EAttribute getSnpCpuidMismatch_Index();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getProvided <em>Provided</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Provided</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidMismatch#getProvided()
	 * @see #getSnpCpuidMismatch()
	 * @generated
	 */
	EReference getSnpCpuidMismatch_Provided();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.SnpCpuidMismatch#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Expected</em>'.
	 * @see org.cocolaunch.sev.model.SnpCpuidMismatch#getExpected()
	 * @see #getSnpCpuidMismatch()
	 * @generated
	 */
	EReference getSnpCpuidMismatch_Expected();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.cocolaunch.sev.model.SevHost
	 * @generated
	 */
	EClass getSevHost();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevHost#isSevEnabled <em>Sev Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sev Enabled</em>'.
	 * @see org.cocolaunch.sev.model.SevHost#isSevEnabled()
	 * @see #getSevHost()
	 * @generated
	 */
	EAttribute getSevHost_SevEnabled();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevHost#isSevEsEnabled <em>Sev Es Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sev Es Enabled</em>'.
	 * @see org.cocolaunch.sev.model.SevHost#isSevEsEnabled()
	 * @see #getSevHost()
	 * @generated
	 */
	EAttribute getSevHost_SevEsEnabled();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevHost#isSnpEnabled <em>Snp Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snp Enabled</em>'.
	 * @see org.cocolaunch.sev.model.SevHost#isSnpEnabled()
	 * @see #getSevHost()
	 * @generated
	 */
	EAttribute getSevHost_SnpEnabled();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevHost#getVmTypes <em>Vm Types</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vm Types</em>'.
	 * @see org.cocolaunch.sev.model.SevHost#getVmTypes()
	 * @see #getSevHost()
	 * @generated
	 */
	EAttribute getSevHost_VmTypes();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SnpLaunchFinish <em>Snp Launch Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snp Launch Finish</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish
	 * @generated
	 */
	EClass getSnpLaunchFinish();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlockUaddr <em>Id Block Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Block Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlockUaddr()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EAttribute getSnpLaunchFinish_IdBlockUaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuthUaddr <em>Id Auth Uaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Auth Uaddr</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuthUaddr()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EAttribute getSnpLaunchFinish_IdAuthUaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isIdBlockEn <em>Id Block En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Block En</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#isIdBlockEn()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EAttribute getSnpLaunchFinish_IdBlockEn();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isAuthKeyEn <em>Auth Key En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auth Key En</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#isAuthKeyEn()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EAttribute getSnpLaunchFinish_AuthKeyEn();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchFinish#isVcekDisabled <em>Vcek Disabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcek Disabled</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#isVcekDisabled()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EAttribute getSnpLaunchFinish_VcekDisabled();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getHostData <em>Host Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Data</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#getHostData()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EAttribute getSnpLaunchFinish_HostData();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#getFlags()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EAttribute getSnpLaunchFinish_Flags();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlock <em>Id Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Id Block</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#getIdBlock()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EReference getSnpLaunchFinish_IdBlock();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuth <em>Id Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Id Auth</em>'.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish#getIdAuth()
	 * @see #getSnpLaunchFinish()
	 * @generated
	 */
	EReference getSnpLaunchFinish_IdAuth();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SnpIdBlock <em>Snp Id Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snp Id Block</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdBlock
	 * @generated
	 */
	EClass getSnpIdBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpIdBlock#getLd <em>Ld</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ld</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdBlock#getLd()
	 * @see #getSnpIdBlock()
	 * @generated
	 */
	EAttribute getSnpIdBlock_Ld();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpIdBlock#getFamilyId <em>Family Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Id</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdBlock#getFamilyId()
	 * @see #getSnpIdBlock()
	 * @generated
	 */
	EAttribute getSnpIdBlock_FamilyId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpIdBlock#getImageId <em>Image Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Id</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdBlock#getImageId()
	 * @see #getSnpIdBlock()
	 * @generated
	 */
	EAttribute getSnpIdBlock_ImageId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpIdBlock#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdBlock#getVersion()
	 * @see #getSnpIdBlock()
	 * @generated
	 */
	EAttribute getSnpIdBlock_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpIdBlock#getGuestSvn <em>Guest Svn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Svn</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdBlock#getGuestSvn()
	 * @see #getSnpIdBlock()
	 * @generated
	 */
	EAttribute getSnpIdBlock_GuestSvn();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpIdBlock#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdBlock#getPolicy()
	 * @see #getSnpIdBlock()
	 * @generated
	 */
	EAttribute getSnpIdBlock_Policy();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SnpIdAuth <em>Snp Id Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Snp Id Auth</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdAuth
	 * @generated
	 */
	EClass getSnpIdAuth();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKeyAlgo <em>Id Key Algo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id Key Algo</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdAuth#getIdKeyAlgo()
	 * @see #getSnpIdAuth()
	 * @generated
	 */
	EAttribute getSnpIdAuth_IdKeyAlgo();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SnpIdAuth#getAuthKeyAlgo <em>Auth Key Algo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auth Key Algo</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdAuth#getAuthKeyAlgo()
	 * @see #getSnpIdAuth()
	 * @generated
	 */
	EAttribute getSnpIdAuth_AuthKeyAlgo();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdBlockSig <em>Id Block Sig</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Id Block Sig</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdAuth#getIdBlockSig()
	 * @see #getSnpIdAuth()
	 * @generated
	 */
	EReference getSnpIdAuth_IdBlockSig();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKey <em>Id Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Id Key</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdAuth#getIdKey()
	 * @see #getSnpIdAuth()
	 * @generated
	 */
	EReference getSnpIdAuth_IdKey();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.SnpIdAuth#getIdKeySig <em>Id Key Sig</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Id Key Sig</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdAuth#getIdKeySig()
	 * @see #getSnpIdAuth()
	 * @generated
	 */
	EReference getSnpIdAuth_IdKeySig();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.sev.model.SnpIdAuth#getAuthorKey <em>Author Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Author Key</em>'.
	 * @see org.cocolaunch.sev.model.SnpIdAuth#getAuthorKey()
	 * @see #getSnpIdAuth()
	 * @generated
	 */
	EReference getSnpIdAuth_AuthorKey();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.EcdsaSignature <em>Ecdsa Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ecdsa Signature</em>'.
	 * @see org.cocolaunch.sev.model.EcdsaSignature
	 * @generated
	 */
	EClass getEcdsaSignature();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.EcdsaSignature#getR <em>R</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>R</em>'.
	 * @see org.cocolaunch.sev.model.EcdsaSignature#getR()
	 * @see #getEcdsaSignature()
	 * @generated
	 */
	EAttribute getEcdsaSignature_R();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.EcdsaSignature#getS <em>S</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>S</em>'.
	 * @see org.cocolaunch.sev.model.EcdsaSignature#getS()
	 * @see #getEcdsaSignature()
	 * @generated
	 */
	EAttribute getEcdsaSignature_S();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.EcdsaPublicKey <em>Ecdsa Public Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ecdsa Public Key</em>'.
	 * @see org.cocolaunch.sev.model.EcdsaPublicKey
	 * @generated
	 */
	EClass getEcdsaPublicKey();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getCurve <em>Curve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Curve</em>'.
	 * @see org.cocolaunch.sev.model.EcdsaPublicKey#getCurve()
	 * @see #getEcdsaPublicKey()
	 * @generated
	 */
	EAttribute getEcdsaPublicKey_Curve();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQx <em>Qx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qx</em>'.
	 * @see org.cocolaunch.sev.model.EcdsaPublicKey#getQx()
	 * @see #getEcdsaPublicKey()
	 * @generated
	 */
	EAttribute getEcdsaPublicKey_Qx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.EcdsaPublicKey#getQy <em>Qy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qy</em>'.
	 * @see org.cocolaunch.sev.model.EcdsaPublicKey#getQy()
	 * @see #getEcdsaPublicKey()
	 * @generated
	 */
	EAttribute getEcdsaPublicKey_Qy();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.sev.model.SevLaunchConfig <em>Launch Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Config</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig
	 * @generated
	 */
	EClass getSevLaunchConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getMode()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getVcpuType <em>Vcpu Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Type</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getVcpuType()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_VcpuType();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getVcpuSig <em>Vcpu Sig</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Sig</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getVcpuSig()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_VcpuSig();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getGuestFeatures <em>Guest Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Features</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getGuestFeatures()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_GuestFeatures();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getPolicy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Policy</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getPolicy()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_Policy();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getVmm <em>Vmm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vmm</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getVmm()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_Vmm();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#isLegacyInit <em>Legacy Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legacy Init</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#isLegacyInit()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_LegacyInit();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getSnpOvmfHash <em>Snp Ovmf Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Snp Ovmf Hash</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getSnpOvmfHash()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_SnpOvmfHash();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getSvsm <em>Svsm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Svsm</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getSvsm()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_Svsm();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.sev.model.SevLaunchConfig#getVarsSize <em>Vars Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vars Size</em>'.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig#getVarsSize()
	 * @see #getSevLaunchConfig()
	 * @generated
	 */
	EAttribute getSevLaunchConfig_VarsSize();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.sev.model.SevCommandId <em>Command Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Command Id</em>'.
	 * @see org.cocolaunch.sev.model.SevCommandId
	 * @generated
	 */
	EEnum getSevCommandId();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.sev.model.SnpPageType <em>Snp Page Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Snp Page Type</em>'.
	 * @see org.cocolaunch.sev.model.SnpPageType
	 * @generated
	 */
	EEnum getSnpPageType();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.sev.model.SevPolicyBit <em>Policy Bit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Policy Bit</em>'.
	 * @see org.cocolaunch.sev.model.SevPolicyBit
	 * @generated
	 */
	EEnum getSevPolicyBit();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.sev.model.SnpPolicyBit <em>Snp Policy Bit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Snp Policy Bit</em>'.
	 * @see org.cocolaunch.sev.model.SnpPolicyBit
	 * @generated
	 */
	EEnum getSnpPolicyBit();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.sev.model.SevFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Feature</em>'.
	 * @see org.cocolaunch.sev.model.SevFeature
	 * @generated
	 */
	EEnum getSevFeature();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.sev.model.SevGuestState <em>Guest State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Guest State</em>'.
	 * @see org.cocolaunch.sev.model.SevGuestState
	 * @generated
	 */
	EEnum getSevGuestState();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.sev.model.SnpGuestState <em>Snp Guest State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Snp Guest State</em>'.
	 * @see org.cocolaunch.sev.model.SnpGuestState
	 * @generated
	 */
	EEnum getSnpGuestState();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.sev.model.SevStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.cocolaunch.sev.model.SevStatus
	 * @generated
	 */
	EEnum getSevStatus();

	/**
	 * Returns the meta object for data type '{@link org.cocolaunch.sev.model.SevMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Guest mode of an AMD launch (hand-written enum SevMode: SEV, SEV-ES, SEV-SNP, SEV-SNP with SVSM).
	 * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Mode</em>'.
	 * @see org.cocolaunch.sev.model.SevMode
	 * @model instanceClass="org.cocolaunch.sev.model.SevMode"
	 * @generated
	 */
	EDataType getSevMode();

	/**
	 * Returns the meta object for data type '{@link org.cocolaunch.sev.model.VmmType <em>Vmm Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VMM preset (hand-written enum VmmType: QEMU, EC2, GCE).
	 * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Vmm Type</em>'.
	 * @see org.cocolaunch.sev.model.VmmType
	 * @model instanceClass="org.cocolaunch.sev.model.VmmType"
	 * @generated
	 */
	EDataType getVmmType();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SevFactory getSevFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.VmcbSegmentImpl <em>Vmcb Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.VmcbSegmentImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getVmcbSegment()
		 * @generated
		 */
		EClass VMCB_SEGMENT = eINSTANCE.getVmcbSegment();

		/**
		 * The meta object literal for the '<em><b>Selector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMCB_SEGMENT__SELECTOR = eINSTANCE.getVmcbSegment_Selector();

		/**
		 * The meta object literal for the '<em><b>Attrib</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMCB_SEGMENT__ATTRIB = eINSTANCE.getVmcbSegment_Attrib();

		/**
		 * The meta object literal for the '<em><b>Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMCB_SEGMENT__LIMIT = eINSTANCE.getVmcbSegment_Limit();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMCB_SEGMENT__BASE = eINSTANCE.getVmcbSegment_Base();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.VmsaImpl <em>Vmsa</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.VmsaImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getVmsa()
		 * @generated
		 */
		EClass VMSA = eINSTANCE.getVmsa();

		/**
		 * The meta object literal for the '<em><b>Es</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__ES = eINSTANCE.getVmsa_Es();

		/**
		 * The meta object literal for the '<em><b>Cs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__CS = eINSTANCE.getVmsa_Cs();

		/**
		 * The meta object literal for the '<em><b>Ss</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__SS = eINSTANCE.getVmsa_Ss();

		/**
		 * The meta object literal for the '<em><b>Ds</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__DS = eINSTANCE.getVmsa_Ds();

		/**
		 * The meta object literal for the '<em><b>Fs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__FS = eINSTANCE.getVmsa_Fs();

		/**
		 * The meta object literal for the '<em><b>Gs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__GS = eINSTANCE.getVmsa_Gs();

		/**
		 * The meta object literal for the '<em><b>Gdtr</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__GDTR = eINSTANCE.getVmsa_Gdtr();

		/**
		 * The meta object literal for the '<em><b>Ldtr</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__LDTR = eINSTANCE.getVmsa_Ldtr();

		/**
		 * The meta object literal for the '<em><b>Idtr</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__IDTR = eINSTANCE.getVmsa_Idtr();

		/**
		 * The meta object literal for the '<em><b>Tr</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VMSA__TR = eINSTANCE.getVmsa_Tr();

		/**
		 * The meta object literal for the '<em><b>Vmpl0 Ssp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__VMPL0_SSP = eINSTANCE.getVmsa_Vmpl0Ssp();

		/**
		 * The meta object literal for the '<em><b>Vmpl1 Ssp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__VMPL1_SSP = eINSTANCE.getVmsa_Vmpl1Ssp();

		/**
		 * The meta object literal for the '<em><b>Vmpl2 Ssp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__VMPL2_SSP = eINSTANCE.getVmsa_Vmpl2Ssp();

		/**
		 * The meta object literal for the '<em><b>Vmpl3 Ssp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__VMPL3_SSP = eINSTANCE.getVmsa_Vmpl3Ssp();

		/**
		 * The meta object literal for the '<em><b>UCet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__UCET = eINSTANCE.getVmsa_UCet();

		/**
		 * The meta object literal for the '<em><b>Vmpl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__VMPL = eINSTANCE.getVmsa_Vmpl();

		/**
		 * The meta object literal for the '<em><b>Cpl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__CPL = eINSTANCE.getVmsa_Cpl();

		/**
		 * The meta object literal for the '<em><b>Efer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__EFER = eINSTANCE.getVmsa_Efer();

		/**
		 * The meta object literal for the '<em><b>Xss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__XSS = eINSTANCE.getVmsa_Xss();

		/**
		 * The meta object literal for the '<em><b>Cr4</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__CR4 = eINSTANCE.getVmsa_Cr4();

		/**
		 * The meta object literal for the '<em><b>Cr3</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__CR3 = eINSTANCE.getVmsa_Cr3();

		/**
		 * The meta object literal for the '<em><b>Cr0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__CR0 = eINSTANCE.getVmsa_Cr0();

		/**
		 * The meta object literal for the '<em><b>Dr7</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR7 = eINSTANCE.getVmsa_Dr7();

		/**
		 * The meta object literal for the '<em><b>Dr6</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR6 = eINSTANCE.getVmsa_Dr6();

		/**
		 * The meta object literal for the '<em><b>Rflags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RFLAGS = eINSTANCE.getVmsa_Rflags();

		/**
		 * The meta object literal for the '<em><b>Rip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RIP = eINSTANCE.getVmsa_Rip();

		/**
		 * The meta object literal for the '<em><b>Dr0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR0 = eINSTANCE.getVmsa_Dr0();

		/**
		 * The meta object literal for the '<em><b>Dr1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR1 = eINSTANCE.getVmsa_Dr1();

		/**
		 * The meta object literal for the '<em><b>Dr2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR2 = eINSTANCE.getVmsa_Dr2();

		/**
		 * The meta object literal for the '<em><b>Dr3</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR3 = eINSTANCE.getVmsa_Dr3();

		/**
		 * The meta object literal for the '<em><b>Dr0 Addr Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR0_ADDR_MASK = eINSTANCE.getVmsa_Dr0AddrMask();

		/**
		 * The meta object literal for the '<em><b>Dr1 Addr Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR1_ADDR_MASK = eINSTANCE.getVmsa_Dr1AddrMask();

		/**
		 * The meta object literal for the '<em><b>Dr2 Addr Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR2_ADDR_MASK = eINSTANCE.getVmsa_Dr2AddrMask();

		/**
		 * The meta object literal for the '<em><b>Dr3 Addr Mask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DR3_ADDR_MASK = eINSTANCE.getVmsa_Dr3AddrMask();

		/**
		 * The meta object literal for the '<em><b>Rsp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RSP = eINSTANCE.getVmsa_Rsp();

		/**
		 * The meta object literal for the '<em><b>SCet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__SCET = eINSTANCE.getVmsa_SCet();

		/**
		 * The meta object literal for the '<em><b>Ssp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__SSP = eINSTANCE.getVmsa_Ssp();

		/**
		 * The meta object literal for the '<em><b>Isst Addr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__ISST_ADDR = eINSTANCE.getVmsa_IsstAddr();

		/**
		 * The meta object literal for the '<em><b>Rax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RAX = eINSTANCE.getVmsa_Rax();

		/**
		 * The meta object literal for the '<em><b>Star</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__STAR = eINSTANCE.getVmsa_Star();

		/**
		 * The meta object literal for the '<em><b>Lstar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__LSTAR = eINSTANCE.getVmsa_Lstar();

		/**
		 * The meta object literal for the '<em><b>Cstar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__CSTAR = eINSTANCE.getVmsa_Cstar();

		/**
		 * The meta object literal for the '<em><b>Sfmask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__SFMASK = eINSTANCE.getVmsa_Sfmask();

		/**
		 * The meta object literal for the '<em><b>Kernel Gs Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__KERNEL_GS_BASE = eINSTANCE.getVmsa_KernelGsBase();

		/**
		 * The meta object literal for the '<em><b>Sysenter Cs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__SYSENTER_CS = eINSTANCE.getVmsa_SysenterCs();

		/**
		 * The meta object literal for the '<em><b>Sysenter Esp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__SYSENTER_ESP = eINSTANCE.getVmsa_SysenterEsp();

		/**
		 * The meta object literal for the '<em><b>Sysenter Eip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__SYSENTER_EIP = eINSTANCE.getVmsa_SysenterEip();

		/**
		 * The meta object literal for the '<em><b>Cr2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__CR2 = eINSTANCE.getVmsa_Cr2();

		/**
		 * The meta object literal for the '<em><b>GPat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__GPAT = eINSTANCE.getVmsa_GPat();

		/**
		 * The meta object literal for the '<em><b>Dbgctl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__DBGCTL = eINSTANCE.getVmsa_Dbgctl();

		/**
		 * The meta object literal for the '<em><b>Br From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__BR_FROM = eINSTANCE.getVmsa_BrFrom();

		/**
		 * The meta object literal for the '<em><b>Br To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__BR_TO = eINSTANCE.getVmsa_BrTo();

		/**
		 * The meta object literal for the '<em><b>Last Excp From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__LAST_EXCP_FROM = eINSTANCE.getVmsa_LastExcpFrom();

		/**
		 * The meta object literal for the '<em><b>Last Excp To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__LAST_EXCP_TO = eINSTANCE.getVmsa_LastExcpTo();

		/**
		 * The meta object literal for the '<em><b>Pkru</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__PKRU = eINSTANCE.getVmsa_Pkru();

		/**
		 * The meta object literal for the '<em><b>Tsc Aux</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__TSC_AUX = eINSTANCE.getVmsa_TscAux();

		/**
		 * The meta object literal for the '<em><b>Rcx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RCX = eINSTANCE.getVmsa_Rcx();

		/**
		 * The meta object literal for the '<em><b>Rdx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RDX = eINSTANCE.getVmsa_Rdx();

		/**
		 * The meta object literal for the '<em><b>Rbx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RBX = eINSTANCE.getVmsa_Rbx();

		/**
		 * The meta object literal for the '<em><b>Rbp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RBP = eINSTANCE.getVmsa_Rbp();

		/**
		 * The meta object literal for the '<em><b>Rsi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RSI = eINSTANCE.getVmsa_Rsi();

		/**
		 * The meta object literal for the '<em><b>Rdi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__RDI = eINSTANCE.getVmsa_Rdi();

		/**
		 * The meta object literal for the '<em><b>R8</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__R8 = eINSTANCE.getVmsa_R8();

		/**
		 * The meta object literal for the '<em><b>R9</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__R9 = eINSTANCE.getVmsa_R9();

		/**
		 * The meta object literal for the '<em><b>R10</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__R10 = eINSTANCE.getVmsa_R10();

		/**
		 * The meta object literal for the '<em><b>R11</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__R11 = eINSTANCE.getVmsa_R11();

		/**
		 * The meta object literal for the '<em><b>R12</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__R12 = eINSTANCE.getVmsa_R12();

		/**
		 * The meta object literal for the '<em><b>R13</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__R13 = eINSTANCE.getVmsa_R13();

		/**
		 * The meta object literal for the '<em><b>R14</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__R14 = eINSTANCE.getVmsa_R14();

		/**
		 * The meta object literal for the '<em><b>R15</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__R15 = eINSTANCE.getVmsa_R15();

		/**
		 * The meta object literal for the '<em><b>Guest Exit Info1</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__GUEST_EXIT_INFO1 = eINSTANCE.getVmsa_GuestExitInfo1();

		/**
		 * The meta object literal for the '<em><b>Guest Exit Info2</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__GUEST_EXIT_INFO2 = eINSTANCE.getVmsa_GuestExitInfo2();

		/**
		 * The meta object literal for the '<em><b>Guest Exit Int Info</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__GUEST_EXIT_INT_INFO = eINSTANCE.getVmsa_GuestExitIntInfo();

		/**
		 * The meta object literal for the '<em><b>Guest Nrip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__GUEST_NRIP = eINSTANCE.getVmsa_GuestNrip();

		/**
		 * The meta object literal for the '<em><b>Sev Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__SEV_FEATURES = eINSTANCE.getVmsa_SevFeatures();

		/**
		 * The meta object literal for the '<em><b>Vintr Ctrl</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__VINTR_CTRL = eINSTANCE.getVmsa_VintrCtrl();

		/**
		 * The meta object literal for the '<em><b>Guest Exit Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__GUEST_EXIT_CODE = eINSTANCE.getVmsa_GuestExitCode();

		/**
		 * The meta object literal for the '<em><b>Virtual Tom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__VIRTUAL_TOM = eINSTANCE.getVmsa_VirtualTom();

		/**
		 * The meta object literal for the '<em><b>Tlb Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__TLB_ID = eINSTANCE.getVmsa_TlbId();

		/**
		 * The meta object literal for the '<em><b>Pcpu Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__PCPU_ID = eINSTANCE.getVmsa_PcpuId();

		/**
		 * The meta object literal for the '<em><b>Event Inj</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__EVENT_INJ = eINSTANCE.getVmsa_EventInj();

		/**
		 * The meta object literal for the '<em><b>Xcr0</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__XCR0 = eINSTANCE.getVmsa_Xcr0();

		/**
		 * The meta object literal for the '<em><b>X87 Dp</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__X87_DP = eINSTANCE.getVmsa_X87Dp();

		/**
		 * The meta object literal for the '<em><b>Mxcsr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__MXCSR = eINSTANCE.getVmsa_Mxcsr();

		/**
		 * The meta object literal for the '<em><b>X87 Ftw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__X87_FTW = eINSTANCE.getVmsa_X87Ftw();

		/**
		 * The meta object literal for the '<em><b>X87 Fsw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__X87_FSW = eINSTANCE.getVmsa_X87Fsw();

		/**
		 * The meta object literal for the '<em><b>X87 Fcw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__X87_FCW = eINSTANCE.getVmsa_X87Fcw();

		/**
		 * The meta object literal for the '<em><b>X87 Fop</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__X87_FOP = eINSTANCE.getVmsa_X87Fop();

		/**
		 * The meta object literal for the '<em><b>X87 Ds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__X87_DS = eINSTANCE.getVmsa_X87Ds();

		/**
		 * The meta object literal for the '<em><b>X87 Cs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__X87_CS = eINSTANCE.getVmsa_X87Cs();

		/**
		 * The meta object literal for the '<em><b>X87 Rip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__X87_RIP = eINSTANCE.getVmsa_X87Rip();

		/**
		 * The meta object literal for the '<em><b>Fpreg X87</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__FPREG_X87 = eINSTANCE.getVmsa_FpregX87();

		/**
		 * The meta object literal for the '<em><b>Fpreg Xmm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__FPREG_XMM = eINSTANCE.getVmsa_FpregXmm();

		/**
		 * The meta object literal for the '<em><b>Fpreg Ymm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VMSA__FPREG_YMM = eINSTANCE.getVmsa_FpregYmm();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevInitImpl <em>Init</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevInitImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevInit()
		 * @generated
		 */
		EClass SEV_INIT = eINSTANCE.getSevInit();

		/**
		 * The meta object literal for the '<em><b>Vmsa Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_INIT__VMSA_FEATURES = eINSTANCE.getSevInit_VmsaFeatures();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_INIT__FLAGS = eINSTANCE.getSevInit_Flags();

		/**
		 * The meta object literal for the '<em><b>Ghcb Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_INIT__GHCB_VERSION = eINSTANCE.getSevInit_GhcbVersion();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevLegacyInitImpl <em>Legacy Init</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevLegacyInitImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLegacyInit()
		 * @generated
		 */
		EClass SEV_LEGACY_INIT = eINSTANCE.getSevLegacyInit();

		/**
		 * The meta object literal for the '<em><b>Es</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LEGACY_INIT__ES = eINSTANCE.getSevLegacyInit_Es();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevLaunchStartImpl <em>Launch Start</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevLaunchStartImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchStart()
		 * @generated
		 */
		EClass SEV_LAUNCH_START = eINSTANCE.getSevLaunchStart();

		/**
		 * The meta object literal for the '<em><b>Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__HANDLE = eINSTANCE.getSevLaunchStart_Handle();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__POLICY = eINSTANCE.getSevLaunchStart_Policy();

		/**
		 * The meta object literal for the '<em><b>Dh Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__DH_UADDR = eINSTANCE.getSevLaunchStart_DhUaddr();

		/**
		 * The meta object literal for the '<em><b>Dh Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__DH_LEN = eINSTANCE.getSevLaunchStart_DhLen();

		/**
		 * The meta object literal for the '<em><b>Session Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__SESSION_UADDR = eINSTANCE.getSevLaunchStart_SessionUaddr();

		/**
		 * The meta object literal for the '<em><b>Session Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__SESSION_LEN = eINSTANCE.getSevLaunchStart_SessionLen();

		/**
		 * The meta object literal for the '<em><b>Dh Cert</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__DH_CERT = eINSTANCE.getSevLaunchStart_DhCert();

		/**
		 * The meta object literal for the '<em><b>Session</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__SESSION = eINSTANCE.getSevLaunchStart_Session();

		/**
		 * The meta object literal for the '<em><b>Tik</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_START__TIK = eINSTANCE.getSevLaunchStart_Tik();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevLaunchUpdateDataImpl <em>Launch Update Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevLaunchUpdateDataImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchUpdateData()
		 * @generated
		 */
		EClass SEV_LAUNCH_UPDATE_DATA = eINSTANCE.getSevLaunchUpdateData();

		/**
		 * The meta object literal for the '<em><b>Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_UPDATE_DATA__UADDR = eINSTANCE.getSevLaunchUpdateData_Uaddr();

		/**
		 * The meta object literal for the '<em><b>Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_UPDATE_DATA__LEN = eINSTANCE.getSevLaunchUpdateData_Len();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevLaunchUpdateVmsaImpl <em>Launch Update Vmsa</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevLaunchUpdateVmsaImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchUpdateVmsa()
		 * @generated
		 */
		EClass SEV_LAUNCH_UPDATE_VMSA = eINSTANCE.getSevLaunchUpdateVmsa();

		/**
		 * The meta object literal for the '<em><b>Vcpu Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT = eINSTANCE.getSevLaunchUpdateVmsa_VcpuCount();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevLaunchMeasureImpl <em>Launch Measure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevLaunchMeasureImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchMeasure()
		 * @generated
		 */
		EClass SEV_LAUNCH_MEASURE = eINSTANCE.getSevLaunchMeasure();

		/**
		 * The meta object literal for the '<em><b>Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_MEASURE__UADDR = eINSTANCE.getSevLaunchMeasure_Uaddr();

		/**
		 * The meta object literal for the '<em><b>Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_MEASURE__LEN = eINSTANCE.getSevLaunchMeasure_Len();

		/**
		 * The meta object literal for the '<em><b>Mnonce</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_MEASURE__MNONCE = eINSTANCE.getSevLaunchMeasure_Mnonce();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevLaunchSecretImpl <em>Launch Secret</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevLaunchSecretImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchSecret()
		 * @generated
		 */
		EClass SEV_LAUNCH_SECRET = eINSTANCE.getSevLaunchSecret();

		/**
		 * The meta object literal for the '<em><b>Hdr Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__HDR_UADDR = eINSTANCE.getSevLaunchSecret_HdrUaddr();

		/**
		 * The meta object literal for the '<em><b>Hdr Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__HDR_LEN = eINSTANCE.getSevLaunchSecret_HdrLen();

		/**
		 * The meta object literal for the '<em><b>Guest Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__GUEST_UADDR = eINSTANCE.getSevLaunchSecret_GuestUaddr();

		/**
		 * The meta object literal for the '<em><b>Guest Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__GUEST_LEN = eINSTANCE.getSevLaunchSecret_GuestLen();

		/**
		 * The meta object literal for the '<em><b>Trans Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__TRANS_UADDR = eINSTANCE.getSevLaunchSecret_TransUaddr();

		/**
		 * The meta object literal for the '<em><b>Trans Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__TRANS_LEN = eINSTANCE.getSevLaunchSecret_TransLen();

		/**
		 * The meta object literal for the '<em><b>Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__HEADER = eINSTANCE.getSevLaunchSecret_Header();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__TRANSPORT = eINSTANCE.getSevLaunchSecret_Transport();

		/**
		 * The meta object literal for the '<em><b>Guest Gpa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_SECRET__GUEST_GPA = eINSTANCE.getSevLaunchSecret_GuestGpa();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevLaunchFinishImpl <em>Launch Finish</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevLaunchFinishImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchFinish()
		 * @generated
		 */
		EClass SEV_LAUNCH_FINISH = eINSTANCE.getSevLaunchFinish();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevGuestStatusImpl <em>Guest Status</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevGuestStatusImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevGuestStatus()
		 * @generated
		 */
		EClass SEV_GUEST_STATUS = eINSTANCE.getSevGuestStatus();

		/**
		 * The meta object literal for the '<em><b>Handle</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_GUEST_STATUS__HANDLE = eINSTANCE.getSevGuestStatus_Handle();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_GUEST_STATUS__POLICY = eINSTANCE.getSevGuestStatus_Policy();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_GUEST_STATUS__STATE = eINSTANCE.getSevGuestStatus_State();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SnpLaunchStartImpl <em>Snp Launch Start</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SnpLaunchStartImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpLaunchStart()
		 * @generated
		 */
		EClass SNP_LAUNCH_START = eINSTANCE.getSnpLaunchStart();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_START__POLICY = eINSTANCE.getSnpLaunchStart_Policy();

		/**
		 * The meta object literal for the '<em><b>Gosvw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_START__GOSVW = eINSTANCE.getSnpLaunchStart_Gosvw();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_START__FLAGS = eINSTANCE.getSnpLaunchStart_Flags();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl <em>Snp Launch Update</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SnpLaunchUpdateImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpLaunchUpdate()
		 * @generated
		 */
		EClass SNP_LAUNCH_UPDATE = eINSTANCE.getSnpLaunchUpdate();

		/**
		 * The meta object literal for the '<em><b>Gfn Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_UPDATE__GFN_START = eINSTANCE.getSnpLaunchUpdate_GfnStart();

		/**
		 * The meta object literal for the '<em><b>Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_UPDATE__UADDR = eINSTANCE.getSnpLaunchUpdate_Uaddr();

		/**
		 * The meta object literal for the '<em><b>Len</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_UPDATE__LEN = eINSTANCE.getSnpLaunchUpdate_Len();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_UPDATE__TYPE = eINSTANCE.getSnpLaunchUpdate_Type();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_UPDATE__FLAGS = eINSTANCE.getSnpLaunchUpdate_Flags();

		/**
		 * The meta object literal for the '<em><b>Cpuid Functions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS = eINSTANCE.getSnpLaunchUpdate_CpuidFunctions();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl <em>Snp Cpuid Function</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SnpCpuidFunctionImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpCpuidFunction()
		 * @generated
		 */
		EClass SNP_CPUID_FUNCTION = eINSTANCE.getSnpCpuidFunction();

		/**
		 * The meta object literal for the '<em><b>Eax In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__EAX_IN = eINSTANCE.getSnpCpuidFunction_EaxIn();

		/**
		 * The meta object literal for the '<em><b>Ecx In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__ECX_IN = eINSTANCE.getSnpCpuidFunction_EcxIn();

		/**
		 * The meta object literal for the '<em><b>Xcr0 In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__XCR0_IN = eINSTANCE.getSnpCpuidFunction_Xcr0In();

		/**
		 * The meta object literal for the '<em><b>Xss In</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__XSS_IN = eINSTANCE.getSnpCpuidFunction_XssIn();

		/**
		 * The meta object literal for the '<em><b>Eax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__EAX = eINSTANCE.getSnpCpuidFunction_Eax();

		/**
		 * The meta object literal for the '<em><b>Ebx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__EBX = eINSTANCE.getSnpCpuidFunction_Ebx();

		/**
		 * The meta object literal for the '<em><b>Ecx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__ECX = eINSTANCE.getSnpCpuidFunction_Ecx();

		/**
		 * The meta object literal for the '<em><b>Edx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__EDX = eINSTANCE.getSnpCpuidFunction_Edx();

		/**
		 * The meta object literal for the '<em><b>Reserved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_FUNCTION__RESERVED = eINSTANCE.getSnpCpuidFunction_Reserved();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SnpCpuidMismatchImpl <em>Snp Cpuid Mismatch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SnpCpuidMismatchImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpCpuidMismatch()
		 * @generated
		 */
		EClass SNP_CPUID_MISMATCH = eINSTANCE.getSnpCpuidMismatch();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_MISMATCH__FUNCTION = eINSTANCE.getSnpCpuidMismatch_Function();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_CPUID_MISMATCH__INDEX = eINSTANCE.getSnpCpuidMismatch_Index();

		/**
		 * The meta object literal for the '<em><b>Provided</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_CPUID_MISMATCH__PROVIDED = eINSTANCE.getSnpCpuidMismatch_Provided();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_CPUID_MISMATCH__EXPECTED = eINSTANCE.getSnpCpuidMismatch_Expected();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevHostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevHostImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevHost()
		 * @generated
		 */
		EClass SEV_HOST = eINSTANCE.getSevHost();

		/**
		 * The meta object literal for the '<em><b>Sev Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_HOST__SEV_ENABLED = eINSTANCE.getSevHost_SevEnabled();

		/**
		 * The meta object literal for the '<em><b>Sev Es Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_HOST__SEV_ES_ENABLED = eINSTANCE.getSevHost_SevEsEnabled();

		/**
		 * The meta object literal for the '<em><b>Snp Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_HOST__SNP_ENABLED = eINSTANCE.getSevHost_SnpEnabled();

		/**
		 * The meta object literal for the '<em><b>Vm Types</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_HOST__VM_TYPES = eINSTANCE.getSevHost_VmTypes();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl <em>Snp Launch Finish</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SnpLaunchFinishImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpLaunchFinish()
		 * @generated
		 */
		EClass SNP_LAUNCH_FINISH = eINSTANCE.getSnpLaunchFinish();

		/**
		 * The meta object literal for the '<em><b>Id Block Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_FINISH__ID_BLOCK_UADDR = eINSTANCE.getSnpLaunchFinish_IdBlockUaddr();

		/**
		 * The meta object literal for the '<em><b>Id Auth Uaddr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_FINISH__ID_AUTH_UADDR = eINSTANCE.getSnpLaunchFinish_IdAuthUaddr();

		/**
		 * The meta object literal for the '<em><b>Id Block En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_FINISH__ID_BLOCK_EN = eINSTANCE.getSnpLaunchFinish_IdBlockEn();

		/**
		 * The meta object literal for the '<em><b>Auth Key En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_FINISH__AUTH_KEY_EN = eINSTANCE.getSnpLaunchFinish_AuthKeyEn();

		/**
		 * The meta object literal for the '<em><b>Vcek Disabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_FINISH__VCEK_DISABLED = eINSTANCE.getSnpLaunchFinish_VcekDisabled();

		/**
		 * The meta object literal for the '<em><b>Host Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_FINISH__HOST_DATA = eINSTANCE.getSnpLaunchFinish_HostData();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_LAUNCH_FINISH__FLAGS = eINSTANCE.getSnpLaunchFinish_Flags();

		/**
		 * The meta object literal for the '<em><b>Id Block</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_LAUNCH_FINISH__ID_BLOCK = eINSTANCE.getSnpLaunchFinish_IdBlock();

		/**
		 * The meta object literal for the '<em><b>Id Auth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_LAUNCH_FINISH__ID_AUTH = eINSTANCE.getSnpLaunchFinish_IdAuth();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SnpIdBlockImpl <em>Snp Id Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SnpIdBlockImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpIdBlock()
		 * @generated
		 */
		EClass SNP_ID_BLOCK = eINSTANCE.getSnpIdBlock();

		/**
		 * The meta object literal for the '<em><b>Ld</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_ID_BLOCK__LD = eINSTANCE.getSnpIdBlock_Ld();

		/**
		 * The meta object literal for the '<em><b>Family Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_ID_BLOCK__FAMILY_ID = eINSTANCE.getSnpIdBlock_FamilyId();

		/**
		 * The meta object literal for the '<em><b>Image Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_ID_BLOCK__IMAGE_ID = eINSTANCE.getSnpIdBlock_ImageId();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_ID_BLOCK__VERSION = eINSTANCE.getSnpIdBlock_Version();

		/**
		 * The meta object literal for the '<em><b>Guest Svn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_ID_BLOCK__GUEST_SVN = eINSTANCE.getSnpIdBlock_GuestSvn();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_ID_BLOCK__POLICY = eINSTANCE.getSnpIdBlock_Policy();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SnpIdAuthImpl <em>Snp Id Auth</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SnpIdAuthImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpIdAuth()
		 * @generated
		 */
		EClass SNP_ID_AUTH = eINSTANCE.getSnpIdAuth();

		/**
		 * The meta object literal for the '<em><b>Id Key Algo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_ID_AUTH__ID_KEY_ALGO = eINSTANCE.getSnpIdAuth_IdKeyAlgo();

		/**
		 * The meta object literal for the '<em><b>Auth Key Algo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SNP_ID_AUTH__AUTH_KEY_ALGO = eINSTANCE.getSnpIdAuth_AuthKeyAlgo();

		/**
		 * The meta object literal for the '<em><b>Id Block Sig</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_ID_AUTH__ID_BLOCK_SIG = eINSTANCE.getSnpIdAuth_IdBlockSig();

		/**
		 * The meta object literal for the '<em><b>Id Key</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_ID_AUTH__ID_KEY = eINSTANCE.getSnpIdAuth_IdKey();

		/**
		 * The meta object literal for the '<em><b>Id Key Sig</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_ID_AUTH__ID_KEY_SIG = eINSTANCE.getSnpIdAuth_IdKeySig();

		/**
		 * The meta object literal for the '<em><b>Author Key</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SNP_ID_AUTH__AUTHOR_KEY = eINSTANCE.getSnpIdAuth_AuthorKey();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.EcdsaSignatureImpl <em>Ecdsa Signature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.EcdsaSignatureImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getEcdsaSignature()
		 * @generated
		 */
		EClass ECDSA_SIGNATURE = eINSTANCE.getEcdsaSignature();

		/**
		 * The meta object literal for the '<em><b>R</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECDSA_SIGNATURE__R = eINSTANCE.getEcdsaSignature_R();

		/**
		 * The meta object literal for the '<em><b>S</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECDSA_SIGNATURE__S = eINSTANCE.getEcdsaSignature_S();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.EcdsaPublicKeyImpl <em>Ecdsa Public Key</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.EcdsaPublicKeyImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getEcdsaPublicKey()
		 * @generated
		 */
		EClass ECDSA_PUBLIC_KEY = eINSTANCE.getEcdsaPublicKey();

		/**
		 * The meta object literal for the '<em><b>Curve</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECDSA_PUBLIC_KEY__CURVE = eINSTANCE.getEcdsaPublicKey_Curve();

		/**
		 * The meta object literal for the '<em><b>Qx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECDSA_PUBLIC_KEY__QX = eINSTANCE.getEcdsaPublicKey_Qx();

		/**
		 * The meta object literal for the '<em><b>Qy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ECDSA_PUBLIC_KEY__QY = eINSTANCE.getEcdsaPublicKey_Qy();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl <em>Launch Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.impl.SevLaunchConfigImpl
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevLaunchConfig()
		 * @generated
		 */
		EClass SEV_LAUNCH_CONFIG = eINSTANCE.getSevLaunchConfig();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__MODE = eINSTANCE.getSevLaunchConfig_Mode();

		/**
		 * The meta object literal for the '<em><b>Vcpu Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__VCPU_TYPE = eINSTANCE.getSevLaunchConfig_VcpuType();

		/**
		 * The meta object literal for the '<em><b>Vcpu Sig</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__VCPU_SIG = eINSTANCE.getSevLaunchConfig_VcpuSig();

		/**
		 * The meta object literal for the '<em><b>Guest Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__GUEST_FEATURES = eINSTANCE.getSevLaunchConfig_GuestFeatures();

		/**
		 * The meta object literal for the '<em><b>Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__POLICY = eINSTANCE.getSevLaunchConfig_Policy();

		/**
		 * The meta object literal for the '<em><b>Vmm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__VMM = eINSTANCE.getSevLaunchConfig_Vmm();

		/**
		 * The meta object literal for the '<em><b>Legacy Init</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__LEGACY_INIT = eINSTANCE.getSevLaunchConfig_LegacyInit();

		/**
		 * The meta object literal for the '<em><b>Snp Ovmf Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__SNP_OVMF_HASH = eINSTANCE.getSevLaunchConfig_SnpOvmfHash();

		/**
		 * The meta object literal for the '<em><b>Svsm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__SVSM = eINSTANCE.getSevLaunchConfig_Svsm();

		/**
		 * The meta object literal for the '<em><b>Vars Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEV_LAUNCH_CONFIG__VARS_SIZE = eINSTANCE.getSevLaunchConfig_VarsSize();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.SevCommandId <em>Command Id</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SevCommandId
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevCommandId()
		 * @generated
		 */
		EEnum SEV_COMMAND_ID = eINSTANCE.getSevCommandId();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.SnpPageType <em>Snp Page Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SnpPageType
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpPageType()
		 * @generated
		 */
		EEnum SNP_PAGE_TYPE = eINSTANCE.getSnpPageType();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.SevPolicyBit <em>Policy Bit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SevPolicyBit
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevPolicyBit()
		 * @generated
		 */
		EEnum SEV_POLICY_BIT = eINSTANCE.getSevPolicyBit();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.SnpPolicyBit <em>Snp Policy Bit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SnpPolicyBit
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpPolicyBit()
		 * @generated
		 */
		EEnum SNP_POLICY_BIT = eINSTANCE.getSnpPolicyBit();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.SevFeature <em>Feature</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SevFeature
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevFeature()
		 * @generated
		 */
		EEnum SEV_FEATURE = eINSTANCE.getSevFeature();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.SevGuestState <em>Guest State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SevGuestState
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevGuestState()
		 * @generated
		 */
		EEnum SEV_GUEST_STATE = eINSTANCE.getSevGuestState();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.SnpGuestState <em>Snp Guest State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SnpGuestState
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSnpGuestState()
		 * @generated
		 */
		EEnum SNP_GUEST_STATE = eINSTANCE.getSnpGuestState();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.sev.model.SevStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SevStatus
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevStatus()
		 * @generated
		 */
		EEnum SEV_STATUS = eINSTANCE.getSevStatus();

		/**
		 * The meta object literal for the '<em>Mode</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.SevMode
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getSevMode()
		 * @generated
		 */
		EDataType SEV_MODE = eINSTANCE.getSevMode();

		/**
		 * The meta object literal for the '<em>Vmm Type</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.sev.model.VmmType
		 * @see org.cocolaunch.sev.model.impl.SevPackageImpl#getVmmType()
		 * @generated
		 */
		EDataType VMM_TYPE = eINSTANCE.getVmmType();

	}

} //SevPackage
