/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model;

import org.cocolaunch.model.ModelPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * Intel TDX vendor model of CoCo Launch Workbench: the parameters of the TDX launch ioctls, TD_PARAMS, TD attribute and XFAM bits, and the TD and TD vCPU state.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.tdx.model.TdxFactory
 * @model kind="package"
 * @generated
 */
public interface TdxPackage extends EPackage {
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
	String eNS_URI = "http://org.cocolaunch/model/tdx/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tdx"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TdxPackage eINSTANCE = org.cocolaunch.tdx.model.impl.TdxPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdxHostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdxHostImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxHost()
	 * @generated
	 */
	int TDX_HOST = 0;

	/**
	 * The feature id for the '<em><b>Tdx Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_HOST__TDX_ENABLED = 0;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_HOST_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl <em>Init Vm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdxInitVmImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxInitVm()
	 * @generated
	 */
	int TDX_INIT_VM = 1;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM__ATTRIBUTES = 0;

	/**
	 * The feature id for the '<em><b>Attribute Bits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM__ATTRIBUTE_BITS = 1;

	/**
	 * The feature id for the '<em><b>Xfam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM__XFAM = 2;

	/**
	 * The feature id for the '<em><b>Xfam Bits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM__XFAM_BITS = 3;

	/**
	 * The feature id for the '<em><b>Mr Config Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM__MR_CONFIG_ID = 4;

	/**
	 * The feature id for the '<em><b>Mr Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM__MR_OWNER = 5;

	/**
	 * The feature id for the '<em><b>Mr Owner Config</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM__MR_OWNER_CONFIG = 6;

	/**
	 * The feature id for the '<em><b>Cpuid</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM__CPUID = 7;

	/**
	 * The number of structural features of the '<em>Init Vm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Init Vm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl <em>Cpuid Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.CpuidEntryImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getCpuidEntry()
	 * @generated
	 */
	int CPUID_ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY__FUNCTION = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY__INDEX = 1;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY__FLAGS = 2;

	/**
	 * The feature id for the '<em><b>Eax</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY__EAX = 3;

	/**
	 * The feature id for the '<em><b>Ebx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY__EBX = 4;

	/**
	 * The feature id for the '<em><b>Ecx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY__ECX = 5;

	/**
	 * The feature id for the '<em><b>Edx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY__EDX = 6;

	/**
	 * The number of structural features of the '<em>Cpuid Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Cpuid Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPUID_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdParamsImpl <em>Td Params</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdParamsImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdParams()
	 * @generated
	 */
	int TD_PARAMS = 3;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__ATTRIBUTES = 0;

	/**
	 * The feature id for the '<em><b>Attribute Bits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__ATTRIBUTE_BITS = 1;

	/**
	 * The feature id for the '<em><b>Xfam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__XFAM = 2;

	/**
	 * The feature id for the '<em><b>Xfam Bits</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__XFAM_BITS = 3;

	/**
	 * The feature id for the '<em><b>Max Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__MAX_VCPUS = 4;

	/**
	 * The feature id for the '<em><b>Eptp Controls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__EPTP_CONTROLS = 5;

	/**
	 * The feature id for the '<em><b>Config Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__CONFIG_FLAGS = 6;

	/**
	 * The feature id for the '<em><b>Tsc Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__TSC_FREQUENCY = 7;

	/**
	 * The feature id for the '<em><b>Mr Config Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__MR_CONFIG_ID = 8;

	/**
	 * The feature id for the '<em><b>Mr Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__MR_OWNER = 9;

	/**
	 * The feature id for the '<em><b>Mr Owner Config</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__MR_OWNER_CONFIG = 10;

	/**
	 * The feature id for the '<em><b>Cpuid Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS__CPUID_VALUES = 11;

	/**
	 * The number of structural features of the '<em>Td Params</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Td Params</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_PARAMS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdxInitVcpuImpl <em>Init Vcpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdxInitVcpuImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxInitVcpu()
	 * @generated
	 */
	int TDX_INIT_VCPU = 4;

	/**
	 * The feature id for the '<em><b>Vcpu Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VCPU__VCPU_INDEX = 0;

	/**
	 * The feature id for the '<em><b>Rcx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VCPU__RCX = 1;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VCPU__FLAGS = 2;

	/**
	 * The number of structural features of the '<em>Init Vcpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VCPU_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Init Vcpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_VCPU_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl <em>Init Mem Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxInitMemRegion()
	 * @generated
	 */
	int TDX_INIT_MEM_REGION = 5;

	/**
	 * The feature id for the '<em><b>Source Addr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__SOURCE_ADDR = 0;

	/**
	 * The feature id for the '<em><b>Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__GPA = 1;

	/**
	 * The feature id for the '<em><b>Nr Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__NR_PAGES = 2;

	/**
	 * The feature id for the '<em><b>Flags</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__FLAGS = 3;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__MEASURE = 4;

	/**
	 * The feature id for the '<em><b>Measure Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__MEASURE_ORDER = 5;

	/**
	 * The feature id for the '<em><b>Vcpu Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__VCPU_INDEX = 6;

	/**
	 * The feature id for the '<em><b>Section Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__SECTION_INDEX = 7;

	/**
	 * The feature id for the '<em><b>Section Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__SECTION_TYPE = 8;

	/**
	 * The feature id for the '<em><b>Section Attributes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES = 9;

	/**
	 * The number of structural features of the '<em>Init Mem Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Init Mem Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_INIT_MEM_REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdxFinalizeVmImpl <em>Finalize Vm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdxFinalizeVmImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxFinalizeVm()
	 * @generated
	 */
	int TDX_FINALIZE_VM = 6;

	/**
	 * The number of structural features of the '<em>Finalize Vm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_FINALIZE_VM_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Finalize Vm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_FINALIZE_VM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdStateImpl <em>Td State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdStateImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdState()
	 * @generated
	 */
	int TD_STATE = 7;

	/**
	 * The feature id for the '<em><b>Lifecycle State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE__LIFECYCLE_STATE = 0;

	/**
	 * The feature id for the '<em><b>Hkid Assigned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE__HKID_ASSIGNED = 1;

	/**
	 * The feature id for the '<em><b>Op State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE__OP_STATE = 2;

	/**
	 * The feature id for the '<em><b>Pages Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE__PAGES_ADDED = 3;

	/**
	 * The feature id for the '<em><b>Chunks Extended</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE__CHUNKS_EXTENDED = 4;

	/**
	 * The feature id for the '<em><b>Pages Augmented</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE__PAGES_AUGMENTED = 5;

	/**
	 * The feature id for the '<em><b>Td Params</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE__TD_PARAMS = 6;

	/**
	 * The number of structural features of the '<em>Td State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Td State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdVcpuStateImpl <em>Td Vcpu State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdVcpuStateImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdVcpuState()
	 * @generated
	 */
	int TD_VCPU_STATE = 8;

	/**
	 * The feature id for the '<em><b>Vcpu Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_VCPU_STATE__VCPU_INDEX = 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_VCPU_STATE__STATE = 1;

	/**
	 * The feature id for the '<em><b>X2apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_VCPU_STATE__X2APIC_ID = 2;

	/**
	 * The feature id for the '<em><b>Rcx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_VCPU_STATE__RCX = 3;

	/**
	 * The feature id for the '<em><b>Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_VCPU_STATE__RIP = 4;

	/**
	 * The feature id for the '<em><b>Registers Readable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_VCPU_STATE__REGISTERS_READABLE = 5;

	/**
	 * The number of structural features of the '<em>Td Vcpu State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_VCPU_STATE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Td Vcpu State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TD_VCPU_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.impl.TdxLaunchConfigImpl <em>Launch Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.impl.TdxLaunchConfigImpl
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxLaunchConfig()
	 * @generated
	 */
	int TDX_LAUNCH_CONFIG = 9;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG__FIRMWARE = ModelPackage.LAUNCH_CONFIG__FIRMWARE;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG__KERNEL = ModelPackage.LAUNCH_CONFIG__KERNEL;

	/**
	 * The feature id for the '<em><b>Initrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG__INITRD = ModelPackage.LAUNCH_CONFIG__INITRD;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG__APPEND = ModelPackage.LAUNCH_CONFIG__APPEND;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG__VCPUS = ModelPackage.LAUNCH_CONFIG__VCPUS;

	/**
	 * The feature id for the '<em><b>Page Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG__PAGE_ORDER = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG__MEMORY = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Launch Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG_FEATURE_COUNT = ModelPackage.LAUNCH_CONFIG_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Launch Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TDX_LAUNCH_CONFIG_OPERATION_COUNT = ModelPackage.LAUNCH_CONFIG_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.TdAttribute <em>Td Attribute</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.TdAttribute
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdAttribute()
	 * @generated
	 */
	int TD_ATTRIBUTE = 10;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.XfamComponent <em>Xfam Component</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.XfamComponent
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getXfamComponent()
	 * @generated
	 */
	int XFAM_COMPONENT = 11;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.TdOpState <em>Td Op State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.TdOpState
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdOpState()
	 * @generated
	 */
	int TD_OP_STATE = 12;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.TdLifecycleState <em>Td Lifecycle State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.TdLifecycleState
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdLifecycleState()
	 * @generated
	 */
	int TD_LIFECYCLE_STATE = 13;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.VcpuTdState <em>Vcpu Td State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.VcpuTdState
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getVcpuTdState()
	 * @generated
	 */
	int VCPU_TD_STATE = 14;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.TdvfSectionKind <em>Tdvf Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.TdvfSectionKind
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdvfSectionKind()
	 * @generated
	 */
	int TDVF_SECTION_KIND = 15;

	/**
	 * The meta object id for the '{@link org.cocolaunch.tdx.model.MeasureOrder <em>Measure Order</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.tdx.model.MeasureOrder
	 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getMeasureOrder()
	 * @generated
	 */
	int MEASURE_ORDER = 16;

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdxHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.cocolaunch.tdx.model.TdxHost
	 * @generated
	 */
	EClass getTdxHost();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxHost#isTdxEnabled <em>Tdx Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tdx Enabled</em>'.
	 * @see org.cocolaunch.tdx.model.TdxHost#isTdxEnabled()
	 * @see #getTdxHost()
	 * @generated
	 */
	EAttribute getTdxHost_TdxEnabled();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdxInitVm <em>Init Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Init Vm</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm
	 * @generated
	 */
	EClass getTdxInitVm();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitVm#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attributes</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm#getAttributes()
	 * @see #getTdxInitVm()
	 * @generated
	 */
	EAttribute getTdxInitVm_Attributes();

	/**
	 * Returns the meta object for the attribute list '{@link org.cocolaunch.tdx.model.TdxInitVm#getAttributeBits <em>Attribute Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Attribute Bits</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm#getAttributeBits()
	 * @see #getTdxInitVm()
	 * @generated
	 */
	EAttribute getTdxInitVm_AttributeBits();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitVm#getXfam <em>Xfam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xfam</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm#getXfam()
	 * @see #getTdxInitVm()
	 * @generated
	 */
	EAttribute getTdxInitVm_Xfam();

	/**
	 * Returns the meta object for the attribute list '{@link org.cocolaunch.tdx.model.TdxInitVm#getXfamBits <em>Xfam Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Xfam Bits</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm#getXfamBits()
	 * @see #getTdxInitVm()
	 * @generated
	 */
	EAttribute getTdxInitVm_XfamBits();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitVm#getMrConfigId <em>Mr Config Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mr Config Id</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm#getMrConfigId()
	 * @see #getTdxInitVm()
	 * @generated
	 */
	EAttribute getTdxInitVm_MrConfigId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitVm#getMrOwner <em>Mr Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mr Owner</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm#getMrOwner()
	 * @see #getTdxInitVm()
	 * @generated
	 */
	EAttribute getTdxInitVm_MrOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitVm#getMrOwnerConfig <em>Mr Owner Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mr Owner Config</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm#getMrOwnerConfig()
	 * @see #getTdxInitVm()
	 * @generated
	 */
	EAttribute getTdxInitVm_MrOwnerConfig();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.tdx.model.TdxInitVm#getCpuid <em>Cpuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cpuid</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVm#getCpuid()
	 * @see #getTdxInitVm()
	 * @generated
	 */
	EReference getTdxInitVm_Cpuid();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.CpuidEntry <em>Cpuid Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpuid Entry</em>'.
	 * @see org.cocolaunch.tdx.model.CpuidEntry
	 * @generated
	 */
	EClass getCpuidEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.CpuidEntry#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.cocolaunch.tdx.model.CpuidEntry#getFunction()
	 * @see #getCpuidEntry()
	 * @generated
	 */
	EAttribute getCpuidEntry_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.CpuidEntry#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.cocolaunch.tdx.model.CpuidEntry#getIndex()
	 * @see #getCpuidEntry()
	 * @generated
	 */
	EAttribute getCpuidEntry_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.CpuidEntry#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cocolaunch.tdx.model.CpuidEntry#getFlags()
	 * @see #getCpuidEntry()
	 * @generated
	 */
	EAttribute getCpuidEntry_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.CpuidEntry#getEax <em>Eax</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eax</em>'.
	 * @see org.cocolaunch.tdx.model.CpuidEntry#getEax()
	 * @see #getCpuidEntry()
	 * @generated
	 */
	EAttribute getCpuidEntry_Eax();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.CpuidEntry#getEbx <em>Ebx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ebx</em>'.
	 * @see org.cocolaunch.tdx.model.CpuidEntry#getEbx()
	 * @see #getCpuidEntry()
	 * @generated
	 */
	EAttribute getCpuidEntry_Ebx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.CpuidEntry#getEcx <em>Ecx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ecx</em>'.
	 * @see org.cocolaunch.tdx.model.CpuidEntry#getEcx()
	 * @see #getCpuidEntry()
	 * @generated
	 */
	EAttribute getCpuidEntry_Ecx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.CpuidEntry#getEdx <em>Edx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edx</em>'.
	 * @see org.cocolaunch.tdx.model.CpuidEntry#getEdx()
	 * @see #getCpuidEntry()
	 * @generated
	 */
	EAttribute getCpuidEntry_Edx();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdParams <em>Td Params</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Td Params</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams
	 * @generated
	 */
	EClass getTdParams();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attributes</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getAttributes()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_Attributes();

	/**
	 * Returns the meta object for the attribute list '{@link org.cocolaunch.tdx.model.TdParams#getAttributeBits <em>Attribute Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Attribute Bits</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getAttributeBits()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_AttributeBits();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getXfam <em>Xfam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xfam</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getXfam()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_Xfam();

	/**
	 * Returns the meta object for the attribute list '{@link org.cocolaunch.tdx.model.TdParams#getXfamBits <em>Xfam Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Xfam Bits</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getXfamBits()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_XfamBits();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getMaxVcpus <em>Max Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Vcpus</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getMaxVcpus()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_MaxVcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getEptpControls <em>Eptp Controls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Eptp Controls</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getEptpControls()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_EptpControls();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getConfigFlags <em>Config Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Config Flags</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getConfigFlags()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_ConfigFlags();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getTscFrequency <em>Tsc Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tsc Frequency</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getTscFrequency()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_TscFrequency();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getMrConfigId <em>Mr Config Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mr Config Id</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getMrConfigId()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_MrConfigId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getMrOwner <em>Mr Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mr Owner</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getMrOwner()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_MrOwner();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdParams#getMrOwnerConfig <em>Mr Owner Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mr Owner Config</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getMrOwnerConfig()
	 * @see #getTdParams()
	 * @generated
	 */
	EAttribute getTdParams_MrOwnerConfig();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.tdx.model.TdParams#getCpuidValues <em>Cpuid Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cpuid Values</em>'.
	 * @see org.cocolaunch.tdx.model.TdParams#getCpuidValues()
	 * @see #getTdParams()
	 * @generated
	 */
	EReference getTdParams_CpuidValues();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdxInitVcpu <em>Init Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Init Vcpu</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVcpu
	 * @generated
	 */
	EClass getTdxInitVcpu();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitVcpu#getVcpuIndex <em>Vcpu Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Index</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVcpu#getVcpuIndex()
	 * @see #getTdxInitVcpu()
	 * @generated
	 */
	EAttribute getTdxInitVcpu_VcpuIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitVcpu#getRcx <em>Rcx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcx</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVcpu#getRcx()
	 * @see #getTdxInitVcpu()
	 * @generated
	 */
	EAttribute getTdxInitVcpu_Rcx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitVcpu#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitVcpu#getFlags()
	 * @see #getTdxInitVcpu()
	 * @generated
	 */
	EAttribute getTdxInitVcpu_Flags();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdxInitMemRegion <em>Init Mem Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Init Mem Region</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion
	 * @generated
	 */
	EClass getTdxInitMemRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSourceAddr <em>Source Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Addr</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getSourceAddr()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_SourceAddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getGpa <em>Gpa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpa</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getGpa()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_Gpa();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getNrPages <em>Nr Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nr Pages</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getNrPages()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_NrPages();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getFlags <em>Flags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flags</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getFlags()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_Flags();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#isMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#isMeasure()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_Measure();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getMeasureOrder <em>Measure Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure Order</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getMeasureOrder()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_MeasureOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getVcpuIndex <em>Vcpu Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Index</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getVcpuIndex()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_VcpuIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionIndex <em>Section Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Index</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionIndex()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_SectionIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionType <em>Section Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Type</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionType()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_SectionType();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionAttributes <em>Section Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Attributes</em>'.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion#getSectionAttributes()
	 * @see #getTdxInitMemRegion()
	 * @generated
	 */
	EAttribute getTdxInitMemRegion_SectionAttributes();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdxFinalizeVm <em>Finalize Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finalize Vm</em>'.
	 * @see org.cocolaunch.tdx.model.TdxFinalizeVm
	 * @generated
	 */
	EClass getTdxFinalizeVm();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdState <em>Td State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Td State</em>'.
	 * @see org.cocolaunch.tdx.model.TdState
	 * @generated
	 */
	EClass getTdState();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdState#getLifecycleState <em>Lifecycle State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lifecycle State</em>'.
	 * @see org.cocolaunch.tdx.model.TdState#getLifecycleState()
	 * @see #getTdState()
	 * @generated
	 */
	EAttribute getTdState_LifecycleState();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdState#isHkidAssigned <em>Hkid Assigned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hkid Assigned</em>'.
	 * @see org.cocolaunch.tdx.model.TdState#isHkidAssigned()
	 * @see #getTdState()
	 * @generated
	 */
	EAttribute getTdState_HkidAssigned();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdState#getOpState <em>Op State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Op State</em>'.
	 * @see org.cocolaunch.tdx.model.TdState#getOpState()
	 * @see #getTdState()
	 * @generated
	 */
	EAttribute getTdState_OpState();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdState#getPagesAdded <em>Pages Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages Added</em>'.
	 * @see org.cocolaunch.tdx.model.TdState#getPagesAdded()
	 * @see #getTdState()
	 * @generated
	 */
	EAttribute getTdState_PagesAdded();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdState#getChunksExtended <em>Chunks Extended</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chunks Extended</em>'.
	 * @see org.cocolaunch.tdx.model.TdState#getChunksExtended()
	 * @see #getTdState()
	 * @generated
	 */
	EAttribute getTdState_ChunksExtended();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdState#getPagesAugmented <em>Pages Augmented</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pages Augmented</em>'.
	 * @see org.cocolaunch.tdx.model.TdState#getPagesAugmented()
	 * @see #getTdState()
	 * @generated
	 */
	EAttribute getTdState_PagesAugmented();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.tdx.model.TdState#getTdParams <em>Td Params</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Td Params</em>'.
	 * @see org.cocolaunch.tdx.model.TdState#getTdParams()
	 * @see #getTdState()
	 * @generated
	 */
	EReference getTdState_TdParams();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdVcpuState <em>Td Vcpu State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Td Vcpu State</em>'.
	 * @see org.cocolaunch.tdx.model.TdVcpuState
	 * @generated
	 */
	EClass getTdVcpuState();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdVcpuState#getVcpuIndex <em>Vcpu Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Index</em>'.
	 * @see org.cocolaunch.tdx.model.TdVcpuState#getVcpuIndex()
	 * @see #getTdVcpuState()
	 * @generated
	 */
	EAttribute getTdVcpuState_VcpuIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdVcpuState#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.cocolaunch.tdx.model.TdVcpuState#getState()
	 * @see #getTdVcpuState()
	 * @generated
	 */
	EAttribute getTdVcpuState_State();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdVcpuState#getX2apicId <em>X2apic Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X2apic Id</em>'.
	 * @see org.cocolaunch.tdx.model.TdVcpuState#getX2apicId()
	 * @see #getTdVcpuState()
	 * @generated
	 */
	EAttribute getTdVcpuState_X2apicId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdVcpuState#getRcx <em>Rcx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rcx</em>'.
	 * @see org.cocolaunch.tdx.model.TdVcpuState#getRcx()
	 * @see #getTdVcpuState()
	 * @generated
	 */
	EAttribute getTdVcpuState_Rcx();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdVcpuState#getRip <em>Rip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rip</em>'.
	 * @see org.cocolaunch.tdx.model.TdVcpuState#getRip()
	 * @see #getTdVcpuState()
	 * @generated
	 */
	EAttribute getTdVcpuState_Rip();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdVcpuState#isRegistersReadable <em>Registers Readable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registers Readable</em>'.
	 * @see org.cocolaunch.tdx.model.TdVcpuState#isRegistersReadable()
	 * @see #getTdVcpuState()
	 * @generated
	 */
	EAttribute getTdVcpuState_RegistersReadable();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.tdx.model.TdxLaunchConfig <em>Launch Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Config</em>'.
	 * @see org.cocolaunch.tdx.model.TdxLaunchConfig
	 * @generated
	 */
	EClass getTdxLaunchConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxLaunchConfig#getPageOrder <em>Page Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Order</em>'.
	 * @see org.cocolaunch.tdx.model.TdxLaunchConfig#getPageOrder()
	 * @see #getTdxLaunchConfig()
	 * @generated
	 */
	EAttribute getTdxLaunchConfig_PageOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.tdx.model.TdxLaunchConfig#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see org.cocolaunch.tdx.model.TdxLaunchConfig#getMemory()
	 * @see #getTdxLaunchConfig()
	 * @generated
	 */
	EAttribute getTdxLaunchConfig_Memory();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.tdx.model.TdAttribute <em>Td Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Td Attribute</em>'.
	 * @see org.cocolaunch.tdx.model.TdAttribute
	 * @generated
	 */
	EEnum getTdAttribute();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.tdx.model.XfamComponent <em>Xfam Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Xfam Component</em>'.
	 * @see org.cocolaunch.tdx.model.XfamComponent
	 * @generated
	 */
	EEnum getXfamComponent();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.tdx.model.TdOpState <em>Td Op State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Td Op State</em>'.
	 * @see org.cocolaunch.tdx.model.TdOpState
	 * @generated
	 */
	EEnum getTdOpState();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.tdx.model.TdLifecycleState <em>Td Lifecycle State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Td Lifecycle State</em>'.
	 * @see org.cocolaunch.tdx.model.TdLifecycleState
	 * @generated
	 */
	EEnum getTdLifecycleState();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.tdx.model.VcpuTdState <em>Vcpu Td State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vcpu Td State</em>'.
	 * @see org.cocolaunch.tdx.model.VcpuTdState
	 * @generated
	 */
	EEnum getVcpuTdState();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.tdx.model.TdvfSectionKind <em>Tdvf Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tdvf Section Kind</em>'.
	 * @see org.cocolaunch.tdx.model.TdvfSectionKind
	 * @generated
	 */
	EEnum getTdvfSectionKind();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.tdx.model.MeasureOrder <em>Measure Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Order</em>'.
	 * @see org.cocolaunch.tdx.model.MeasureOrder
	 * @generated
	 */
	EEnum getMeasureOrder();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TdxFactory getTdxFactory();

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
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdxHostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdxHostImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxHost()
		 * @generated
		 */
		EClass TDX_HOST = eINSTANCE.getTdxHost();

		/**
		 * The meta object literal for the '<em><b>Tdx Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_HOST__TDX_ENABLED = eINSTANCE.getTdxHost_TdxEnabled();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl <em>Init Vm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdxInitVmImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxInitVm()
		 * @generated
		 */
		EClass TDX_INIT_VM = eINSTANCE.getTdxInitVm();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VM__ATTRIBUTES = eINSTANCE.getTdxInitVm_Attributes();

		/**
		 * The meta object literal for the '<em><b>Attribute Bits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VM__ATTRIBUTE_BITS = eINSTANCE.getTdxInitVm_AttributeBits();

		/**
		 * The meta object literal for the '<em><b>Xfam</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VM__XFAM = eINSTANCE.getTdxInitVm_Xfam();

		/**
		 * The meta object literal for the '<em><b>Xfam Bits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VM__XFAM_BITS = eINSTANCE.getTdxInitVm_XfamBits();

		/**
		 * The meta object literal for the '<em><b>Mr Config Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VM__MR_CONFIG_ID = eINSTANCE.getTdxInitVm_MrConfigId();

		/**
		 * The meta object literal for the '<em><b>Mr Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VM__MR_OWNER = eINSTANCE.getTdxInitVm_MrOwner();

		/**
		 * The meta object literal for the '<em><b>Mr Owner Config</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VM__MR_OWNER_CONFIG = eINSTANCE.getTdxInitVm_MrOwnerConfig();

		/**
		 * The meta object literal for the '<em><b>Cpuid</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TDX_INIT_VM__CPUID = eINSTANCE.getTdxInitVm_Cpuid();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.CpuidEntryImpl <em>Cpuid Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.CpuidEntryImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getCpuidEntry()
		 * @generated
		 */
		EClass CPUID_ENTRY = eINSTANCE.getCpuidEntry();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPUID_ENTRY__FUNCTION = eINSTANCE.getCpuidEntry_Function();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPUID_ENTRY__INDEX = eINSTANCE.getCpuidEntry_Index();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPUID_ENTRY__FLAGS = eINSTANCE.getCpuidEntry_Flags();

		/**
		 * The meta object literal for the '<em><b>Eax</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPUID_ENTRY__EAX = eINSTANCE.getCpuidEntry_Eax();

		/**
		 * The meta object literal for the '<em><b>Ebx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPUID_ENTRY__EBX = eINSTANCE.getCpuidEntry_Ebx();

		/**
		 * The meta object literal for the '<em><b>Ecx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPUID_ENTRY__ECX = eINSTANCE.getCpuidEntry_Ecx();

		/**
		 * The meta object literal for the '<em><b>Edx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPUID_ENTRY__EDX = eINSTANCE.getCpuidEntry_Edx();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdParamsImpl <em>Td Params</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdParamsImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdParams()
		 * @generated
		 */
		EClass TD_PARAMS = eINSTANCE.getTdParams();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__ATTRIBUTES = eINSTANCE.getTdParams_Attributes();

		/**
		 * The meta object literal for the '<em><b>Attribute Bits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__ATTRIBUTE_BITS = eINSTANCE.getTdParams_AttributeBits();

		/**
		 * The meta object literal for the '<em><b>Xfam</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__XFAM = eINSTANCE.getTdParams_Xfam();

		/**
		 * The meta object literal for the '<em><b>Xfam Bits</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__XFAM_BITS = eINSTANCE.getTdParams_XfamBits();

		/**
		 * The meta object literal for the '<em><b>Max Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__MAX_VCPUS = eINSTANCE.getTdParams_MaxVcpus();

		/**
		 * The meta object literal for the '<em><b>Eptp Controls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__EPTP_CONTROLS = eINSTANCE.getTdParams_EptpControls();

		/**
		 * The meta object literal for the '<em><b>Config Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__CONFIG_FLAGS = eINSTANCE.getTdParams_ConfigFlags();

		/**
		 * The meta object literal for the '<em><b>Tsc Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__TSC_FREQUENCY = eINSTANCE.getTdParams_TscFrequency();

		/**
		 * The meta object literal for the '<em><b>Mr Config Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__MR_CONFIG_ID = eINSTANCE.getTdParams_MrConfigId();

		/**
		 * The meta object literal for the '<em><b>Mr Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__MR_OWNER = eINSTANCE.getTdParams_MrOwner();

		/**
		 * The meta object literal for the '<em><b>Mr Owner Config</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_PARAMS__MR_OWNER_CONFIG = eINSTANCE.getTdParams_MrOwnerConfig();

		/**
		 * The meta object literal for the '<em><b>Cpuid Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TD_PARAMS__CPUID_VALUES = eINSTANCE.getTdParams_CpuidValues();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdxInitVcpuImpl <em>Init Vcpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdxInitVcpuImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxInitVcpu()
		 * @generated
		 */
		EClass TDX_INIT_VCPU = eINSTANCE.getTdxInitVcpu();

		/**
		 * The meta object literal for the '<em><b>Vcpu Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VCPU__VCPU_INDEX = eINSTANCE.getTdxInitVcpu_VcpuIndex();

		/**
		 * The meta object literal for the '<em><b>Rcx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VCPU__RCX = eINSTANCE.getTdxInitVcpu_Rcx();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_VCPU__FLAGS = eINSTANCE.getTdxInitVcpu_Flags();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl <em>Init Mem Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdxInitMemRegionImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxInitMemRegion()
		 * @generated
		 */
		EClass TDX_INIT_MEM_REGION = eINSTANCE.getTdxInitMemRegion();

		/**
		 * The meta object literal for the '<em><b>Source Addr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__SOURCE_ADDR = eINSTANCE.getTdxInitMemRegion_SourceAddr();

		/**
		 * The meta object literal for the '<em><b>Gpa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__GPA = eINSTANCE.getTdxInitMemRegion_Gpa();

		/**
		 * The meta object literal for the '<em><b>Nr Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__NR_PAGES = eINSTANCE.getTdxInitMemRegion_NrPages();

		/**
		 * The meta object literal for the '<em><b>Flags</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__FLAGS = eINSTANCE.getTdxInitMemRegion_Flags();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__MEASURE = eINSTANCE.getTdxInitMemRegion_Measure();

		/**
		 * The meta object literal for the '<em><b>Measure Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__MEASURE_ORDER = eINSTANCE.getTdxInitMemRegion_MeasureOrder();

		/**
		 * The meta object literal for the '<em><b>Vcpu Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__VCPU_INDEX = eINSTANCE.getTdxInitMemRegion_VcpuIndex();

		/**
		 * The meta object literal for the '<em><b>Section Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__SECTION_INDEX = eINSTANCE.getTdxInitMemRegion_SectionIndex();

		/**
		 * The meta object literal for the '<em><b>Section Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__SECTION_TYPE = eINSTANCE.getTdxInitMemRegion_SectionType();

		/**
		 * The meta object literal for the '<em><b>Section Attributes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES = eINSTANCE.getTdxInitMemRegion_SectionAttributes();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdxFinalizeVmImpl <em>Finalize Vm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdxFinalizeVmImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxFinalizeVm()
		 * @generated
		 */
		EClass TDX_FINALIZE_VM = eINSTANCE.getTdxFinalizeVm();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdStateImpl <em>Td State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdStateImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdState()
		 * @generated
		 */
		EClass TD_STATE = eINSTANCE.getTdState();

		/**
		 * The meta object literal for the '<em><b>Lifecycle State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_STATE__LIFECYCLE_STATE = eINSTANCE.getTdState_LifecycleState();

		/**
		 * The meta object literal for the '<em><b>Hkid Assigned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_STATE__HKID_ASSIGNED = eINSTANCE.getTdState_HkidAssigned();

		/**
		 * The meta object literal for the '<em><b>Op State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_STATE__OP_STATE = eINSTANCE.getTdState_OpState();

		/**
		 * The meta object literal for the '<em><b>Pages Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_STATE__PAGES_ADDED = eINSTANCE.getTdState_PagesAdded();

		/**
		 * The meta object literal for the '<em><b>Chunks Extended</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_STATE__CHUNKS_EXTENDED = eINSTANCE.getTdState_ChunksExtended();

		/**
		 * The meta object literal for the '<em><b>Pages Augmented</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_STATE__PAGES_AUGMENTED = eINSTANCE.getTdState_PagesAugmented();

		/**
		 * The meta object literal for the '<em><b>Td Params</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TD_STATE__TD_PARAMS = eINSTANCE.getTdState_TdParams();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdVcpuStateImpl <em>Td Vcpu State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdVcpuStateImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdVcpuState()
		 * @generated
		 */
		EClass TD_VCPU_STATE = eINSTANCE.getTdVcpuState();

		/**
		 * The meta object literal for the '<em><b>Vcpu Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_VCPU_STATE__VCPU_INDEX = eINSTANCE.getTdVcpuState_VcpuIndex();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_VCPU_STATE__STATE = eINSTANCE.getTdVcpuState_State();

		/**
		 * The meta object literal for the '<em><b>X2apic Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_VCPU_STATE__X2APIC_ID = eINSTANCE.getTdVcpuState_X2apicId();

		/**
		 * The meta object literal for the '<em><b>Rcx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_VCPU_STATE__RCX = eINSTANCE.getTdVcpuState_Rcx();

		/**
		 * The meta object literal for the '<em><b>Rip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_VCPU_STATE__RIP = eINSTANCE.getTdVcpuState_Rip();

		/**
		 * The meta object literal for the '<em><b>Registers Readable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TD_VCPU_STATE__REGISTERS_READABLE = eINSTANCE.getTdVcpuState_RegistersReadable();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.impl.TdxLaunchConfigImpl <em>Launch Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.impl.TdxLaunchConfigImpl
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdxLaunchConfig()
		 * @generated
		 */
		EClass TDX_LAUNCH_CONFIG = eINSTANCE.getTdxLaunchConfig();

		/**
		 * The meta object literal for the '<em><b>Page Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_LAUNCH_CONFIG__PAGE_ORDER = eINSTANCE.getTdxLaunchConfig_PageOrder();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TDX_LAUNCH_CONFIG__MEMORY = eINSTANCE.getTdxLaunchConfig_Memory();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.TdAttribute <em>Td Attribute</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.TdAttribute
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdAttribute()
		 * @generated
		 */
		EEnum TD_ATTRIBUTE = eINSTANCE.getTdAttribute();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.XfamComponent <em>Xfam Component</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.XfamComponent
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getXfamComponent()
		 * @generated
		 */
		EEnum XFAM_COMPONENT = eINSTANCE.getXfamComponent();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.TdOpState <em>Td Op State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.TdOpState
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdOpState()
		 * @generated
		 */
		EEnum TD_OP_STATE = eINSTANCE.getTdOpState();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.TdLifecycleState <em>Td Lifecycle State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.TdLifecycleState
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdLifecycleState()
		 * @generated
		 */
		EEnum TD_LIFECYCLE_STATE = eINSTANCE.getTdLifecycleState();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.VcpuTdState <em>Vcpu Td State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.VcpuTdState
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getVcpuTdState()
		 * @generated
		 */
		EEnum VCPU_TD_STATE = eINSTANCE.getVcpuTdState();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.TdvfSectionKind <em>Tdvf Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.TdvfSectionKind
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getTdvfSectionKind()
		 * @generated
		 */
		EEnum TDVF_SECTION_KIND = eINSTANCE.getTdvfSectionKind();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.tdx.model.MeasureOrder <em>Measure Order</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.tdx.model.MeasureOrder
		 * @see org.cocolaunch.tdx.model.impl.TdxPackageImpl#getMeasureOrder()
		 * @generated
		 */
		EEnum MEASURE_ORDER = eINSTANCE.getMeasureOrder();

	}

} //TdxPackage
