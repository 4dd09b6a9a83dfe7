/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model;

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
 * Common, vendor-neutral model of CoCo Launch Workbench: launch plans and launch traces of confidential VMs.
 * <!-- end-model-doc -->
 * @see org.cocolaunch.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
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
	String eNS_URI = "http://org.cocolaunch/model/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cclaunch"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.cocolaunch.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.LaunchPlanImpl <em>Launch Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.LaunchPlanImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getLaunchPlan()
	 * @generated
	 */
	int LAUNCH_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__VENDOR = 2;

	/**
	 * The feature id for the '<em><b>Vm Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__VM_TYPE = 3;

	/**
	 * The feature id for the '<em><b>Preset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__PRESET = 4;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__INPUTS = 5;

	/**
	 * The feature id for the '<em><b>Memory Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__MEMORY_REGIONS = 6;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__VCPUS = 7;

	/**
	 * The feature id for the '<em><b>Registers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__REGISTERS = 8;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__STEPS = 9;

	/**
	 * The feature id for the '<em><b>Host</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN__HOST = 10;

	/**
	 * The number of structural features of the '<em>Launch Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Launch Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_PLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.LaunchInputImpl <em>Launch Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.LaunchInputImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getLaunchInput()
	 * @generated
	 */
	int LAUNCH_INPUT = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_INPUT__ROLE = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_INPUT__PATH = 1;

	/**
	 * The feature id for the '<em><b>Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_INPUT__DIGEST = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_INPUT__VALUE = 3;

	/**
	 * The number of structural features of the '<em>Launch Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_INPUT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Launch Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_INPUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.StepImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__COMMAND = 1;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PHASE = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PARAMETERS = 4;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__PAGES = 5;

	/**
	 * The feature id for the '<em><b>Expected Outcome</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__EXPECTED_OUTCOME = 6;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.ExpectedOutcomeImpl <em>Expected Outcome</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.ExpectedOutcomeImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getExpectedOutcome()
	 * @generated
	 */
	int EXPECTED_OUTCOME = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_OUTCOME__STATUS = 0;

	/**
	 * The feature id for the '<em><b>Firmware Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_OUTCOME__FIRMWARE_ERROR = 1;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_OUTCOME__ERRNO = 2;

	/**
	 * The feature id for the '<em><b>Registers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_OUTCOME__REGISTERS = 3;

	/**
	 * The number of structural features of the '<em>Expected Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_OUTCOME_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Expected Outcome</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPECTED_OUTCOME_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.GuestMemoryRegionImpl <em>Guest Memory Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.GuestMemoryRegionImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getGuestMemoryRegion()
	 * @generated
	 */
	int GUEST_MEMORY_REGION = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_MEMORY_REGION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_MEMORY_REGION__GPA = 1;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_MEMORY_REGION__LENGTH = 2;

	/**
	 * The feature id for the '<em><b>Private Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_MEMORY_REGION__PRIVATE_MEMORY = 3;

	/**
	 * The feature id for the '<em><b>Pages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_MEMORY_REGION__PAGES = 4;

	/**
	 * The number of structural features of the '<em>Guest Memory Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_MEMORY_REGION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Guest Memory Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GUEST_MEMORY_REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.PageRangeImpl <em>Page Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.PageRangeImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getPageRange()
	 * @generated
	 */
	int PAGE_RANGE = 5;

	/**
	 * The feature id for the '<em><b>Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_RANGE__GPA = 0;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_RANGE__LENGTH = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_RANGE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Content</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_RANGE__CONTENT = 3;

	/**
	 * The number of structural features of the '<em>Page Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_RANGE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Page Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAGE_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.ContentSourceImpl <em>Content Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.ContentSourceImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getContentSource()
	 * @generated
	 */
	int CONTENT_SOURCE = 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_SOURCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_SOURCE__INPUT = 1;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_SOURCE__OFFSET = 2;

	/**
	 * The feature id for the '<em><b>Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_SOURCE__LENGTH = 3;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_SOURCE__DATA = 4;

	/**
	 * The feature id for the '<em><b>Digest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_SOURCE__DIGEST = 5;

	/**
	 * The number of structural features of the '<em>Content Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_SOURCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Content Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.VcpuStateImpl <em>Vcpu State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.VcpuStateImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getVcpuState()
	 * @generated
	 */
	int VCPU_STATE = 7;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_STATE__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Apic Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_STATE__APIC_ID = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_STATE__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_STATE__STATE = 3;

	/**
	 * The number of structural features of the '<em>Vcpu State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_STATE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Vcpu State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.MeasurementRegisterImpl <em>Measurement Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.MeasurementRegisterImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getMeasurementRegister()
	 * @generated
	 */
	int MEASUREMENT_REGISTER = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_REGISTER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Width Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_REGISTER__WIDTH_BITS = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_REGISTER__VALUE = 2;

	/**
	 * The feature id for the '<em><b>History</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_REGISTER__HISTORY = 3;

	/**
	 * The number of structural features of the '<em>Measurement Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_REGISTER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Measurement Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_REGISTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.RegisterUpdateImpl <em>Register Update</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.RegisterUpdateImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getRegisterUpdate()
	 * @generated
	 */
	int REGISTER_UPDATE = 9;

	/**
	 * The feature id for the '<em><b>Step Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_UPDATE__STEP_INDEX = 0;

	/**
	 * The feature id for the '<em><b>Page Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_UPDATE__PAGE_GPA = 1;

	/**
	 * The feature id for the '<em><b>Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_UPDATE__BEFORE = 2;

	/**
	 * The feature id for the '<em><b>After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_UPDATE__AFTER = 3;

	/**
	 * The number of structural features of the '<em>Register Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_UPDATE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Register Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_UPDATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.LaunchTraceImpl <em>Launch Trace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.LaunchTraceImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getLaunchTrace()
	 * @generated
	 */
	int LAUNCH_TRACE = 10;

	/**
	 * The feature id for the '<em><b>Plan Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE__PLAN_NAME = 0;

	/**
	 * The feature id for the '<em><b>Plan Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE__PLAN_URI = 1;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE__BACKEND = 2;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE__VENDOR = 3;

	/**
	 * The feature id for the '<em><b>Vm Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE__VM_TYPE = 4;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE__STARTED_AT = 5;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE__RESULTS = 6;

	/**
	 * The number of structural features of the '<em>Launch Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Launch Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_TRACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.StepResultImpl <em>Step Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.StepResultImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getStepResult()
	 * @generated
	 */
	int STEP_RESULT = 11;

	/**
	 * The feature id for the '<em><b>Step Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__STEP_INDEX = 0;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__COMMAND = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Return Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__RETURN_VALUE = 3;

	/**
	 * The feature id for the '<em><b>Errno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__ERRNO = 4;

	/**
	 * The feature id for the '<em><b>Firmware Error</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__FIRMWARE_ERROR = 5;

	/**
	 * The feature id for the '<em><b>Firmware Error Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__FIRMWARE_ERROR_NAME = 6;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__MESSAGE = 7;

	/**
	 * The feature id for the '<em><b>Duration Nanos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__DURATION_NANOS = 8;

	/**
	 * The feature id for the '<em><b>Registers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__REGISTERS = 9;

	/**
	 * The feature id for the '<em><b>Changed Pages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__CHANGED_PAGES = 10;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__VCPUS = 11;

	/**
	 * The feature id for the '<em><b>Exits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__EXITS = 12;

	/**
	 * The feature id for the '<em><b>Details</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT__DETAILS = 13;

	/**
	 * The number of structural features of the '<em>Step Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Step Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_RESULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.RegisterValueImpl <em>Register Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.RegisterValueImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getRegisterValue()
	 * @generated
	 */
	int REGISTER_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Register Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Register Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.LaunchConfigImpl <em>Launch Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.LaunchConfigImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getLaunchConfig()
	 * @generated
	 */
	int LAUNCH_CONFIG = 13;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_CONFIG__FIRMWARE = 0;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_CONFIG__KERNEL = 1;

	/**
	 * The feature id for the '<em><b>Initrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_CONFIG__INITRD = 2;

	/**
	 * The feature id for the '<em><b>Append</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_CONFIG__APPEND = 3;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_CONFIG__VCPUS = 4;

	/**
	 * The number of structural features of the '<em>Launch Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_CONFIG_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Launch Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAUNCH_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.KvmCreateVmImpl <em>Kvm Create Vm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.KvmCreateVmImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmCreateVm()
	 * @generated
	 */
	int KVM_CREATE_VM = 14;

	/**
	 * The feature id for the '<em><b>Vm Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_CREATE_VM__VM_TYPE = 0;

	/**
	 * The number of structural features of the '<em>Kvm Create Vm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_CREATE_VM_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Kvm Create Vm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_CREATE_VM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.KvmInitVmImpl <em>Kvm Init Vm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.KvmInitVmImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmInitVm()
	 * @generated
	 */
	int KVM_INIT_VM = 15;

	/**
	 * The feature id for the '<em><b>Identity Map Addr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_INIT_VM__IDENTITY_MAP_ADDR = 0;

	/**
	 * The feature id for the '<em><b>Tss Addr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_INIT_VM__TSS_ADDR = 1;

	/**
	 * The feature id for the '<em><b>Irqchip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_INIT_VM__IRQCHIP = 2;

	/**
	 * The feature id for the '<em><b>Pit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_INIT_VM__PIT = 3;

	/**
	 * The feature id for the '<em><b>Supported Cpuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_INIT_VM__SUPPORTED_CPUID = 4;

	/**
	 * The number of structural features of the '<em>Kvm Init Vm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_INIT_VM_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Kvm Init Vm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_INIT_VM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.KvmSetMemoryRegionImpl <em>Kvm Set Memory Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.KvmSetMemoryRegionImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmSetMemoryRegion()
	 * @generated
	 */
	int KVM_SET_MEMORY_REGION = 16;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_SET_MEMORY_REGION__SLOT = 0;

	/**
	 * The feature id for the '<em><b>Gpa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_SET_MEMORY_REGION__GPA = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_SET_MEMORY_REGION__SIZE = 2;

	/**
	 * The feature id for the '<em><b>Below Four Gi B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_SET_MEMORY_REGION__BELOW_FOUR_GI_B = 3;

	/**
	 * The feature id for the '<em><b>Read Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_SET_MEMORY_REGION__READ_ONLY = 4;

	/**
	 * The feature id for the '<em><b>Guest Memfd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_SET_MEMORY_REGION__GUEST_MEMFD = 5;

	/**
	 * The number of structural features of the '<em>Kvm Set Memory Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_SET_MEMORY_REGION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Kvm Set Memory Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_SET_MEMORY_REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.KvmCreateVcpuImpl <em>Kvm Create Vcpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.KvmCreateVcpuImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmCreateVcpu()
	 * @generated
	 */
	int KVM_CREATE_VCPU = 17;

	/**
	 * The feature id for the '<em><b>Vcpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_CREATE_VCPU__VCPU_ID = 0;

	/**
	 * The number of structural features of the '<em>Kvm Create Vcpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_CREATE_VCPU_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Kvm Create Vcpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_CREATE_VCPU_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.KvmRunImpl <em>Kvm Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.KvmRunImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmRun()
	 * @generated
	 */
	int KVM_RUN = 18;

	/**
	 * The feature id for the '<em><b>Vcpu Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_RUN__VCPU_ID = 0;

	/**
	 * The feature id for the '<em><b>Exits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_RUN__EXITS = 1;

	/**
	 * The number of structural features of the '<em>Kvm Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_RUN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Kvm Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.KvmExitImpl <em>Kvm Exit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.KvmExitImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmExit()
	 * @generated
	 */
	int KVM_EXIT = 19;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__REASON = 1;

	/**
	 * The feature id for the '<em><b>Exit Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__EXIT_REASON = 2;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__PORT = 3;

	/**
	 * The feature id for the '<em><b>Write</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__WRITE = 4;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__SIZE = 5;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__COUNT = 6;

	/**
	 * The feature id for the '<em><b>Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__DATA = 7;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__ADDRESS = 8;

	/**
	 * The feature id for the '<em><b>Subcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__SUBCODE = 9;

	/**
	 * The feature id for the '<em><b>Details</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__DETAILS = 10;

	/**
	 * The feature id for the '<em><b>Rip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__RIP = 11;

	/**
	 * The feature id for the '<em><b>Cs Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT__CS_BASE = 12;

	/**
	 * The number of structural features of the '<em>Kvm Exit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Kvm Exit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KVM_EXIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.GenericParametersImpl <em>Generic Parameters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.GenericParametersImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getGenericParameters()
	 * @generated
	 */
	int GENERIC_PARAMETERS = 20;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_PARAMETERS__ENTRIES = 0;

	/**
	 * The number of structural features of the '<em>Generic Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_PARAMETERS_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Generic Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_PARAMETERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.impl.ParameterImpl
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 21;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.KvmExitReason <em>Kvm Exit Reason</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.KvmExitReason
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmExitReason()
	 * @generated
	 */
	int KVM_EXIT_REASON = 22;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.Vendor <em>Vendor</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.Vendor
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getVendor()
	 * @generated
	 */
	int VENDOR = 23;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.VmType <em>Vm Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.VmType
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getVmType()
	 * @generated
	 */
	int VM_TYPE = 24;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.Phase <em>Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.Phase
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 25;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.PageKind <em>Page Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.PageKind
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getPageKind()
	 * @generated
	 */
	int PAGE_KIND = 26;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.ContentSourceKind <em>Content Source Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.ContentSourceKind
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getContentSourceKind()
	 * @generated
	 */
	int CONTENT_SOURCE_KIND = 27;

	/**
	 * The meta object id for the '{@link org.cocolaunch.model.StepStatus <em>Step Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.cocolaunch.model.StepStatus
	 * @see org.cocolaunch.model.impl.ModelPackageImpl#getStepStatus()
	 * @generated
	 */
	int STEP_STATUS = 28;

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.LaunchPlan <em>Launch Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Plan</em>'.
	 * @see org.cocolaunch.model.LaunchPlan
	 * @generated
	 */
	EClass getLaunchPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchPlan#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getName()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EAttribute getLaunchPlan_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchPlan#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getDescription()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EAttribute getLaunchPlan_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchPlan#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getVendor()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EAttribute getLaunchPlan_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchPlan#getVmType <em>Vm Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vm Type</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getVmType()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EAttribute getLaunchPlan_VmType();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchPlan#getPreset <em>Preset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preset</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getPreset()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EAttribute getLaunchPlan_Preset();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.LaunchPlan#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inputs</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getInputs()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EReference getLaunchPlan_Inputs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.LaunchPlan#getMemoryRegions <em>Memory Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Memory Regions</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getMemoryRegions()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EReference getLaunchPlan_MemoryRegions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.LaunchPlan#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vcpus</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getVcpus()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EReference getLaunchPlan_Vcpus();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.LaunchPlan#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Registers</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getRegisters()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EReference getLaunchPlan_Registers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.LaunchPlan#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getSteps()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EReference getLaunchPlan_Steps();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.model.LaunchPlan#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Host</em>'.
	 * @see org.cocolaunch.model.LaunchPlan#getHost()
	 * @see #getLaunchPlan()
	 * @generated
	 */
	EReference getLaunchPlan_Host();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.LaunchInput <em>Launch Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Input</em>'.
	 * @see org.cocolaunch.model.LaunchInput
	 * @generated
	 */
	EClass getLaunchInput();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchInput#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.cocolaunch.model.LaunchInput#getRole()
	 * @see #getLaunchInput()
	 * @generated
	 */
	EAttribute getLaunchInput_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchInput#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.cocolaunch.model.LaunchInput#getPath()
	 * @see #getLaunchInput()
	 * @generated
	 */
	EAttribute getLaunchInput_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchInput#getDigest <em>Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digest</em>'.
	 * @see org.cocolaunch.model.LaunchInput#getDigest()
	 * @see #getLaunchInput()
	 * @generated
	 */
	EAttribute getLaunchInput_Digest();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchInput#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cocolaunch.model.LaunchInput#getValue()
	 * @see #getLaunchInput()
	 * @generated
	 */
	EAttribute getLaunchInput_Value();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.cocolaunch.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.Step#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cocolaunch.model.Step#getName()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.Step#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see org.cocolaunch.model.Step#getCommand()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Command();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.Step#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.cocolaunch.model.Step#getPhase()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.Step#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cocolaunch.model.Step#getDescription()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.model.Step#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parameters</em>'.
	 * @see org.cocolaunch.model.Step#getParameters()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.Step#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pages</em>'.
	 * @see org.cocolaunch.model.Step#getPages()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_Pages();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.model.Step#getExpectedOutcome <em>Expected Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Expected Outcome</em>'.
	 * @see org.cocolaunch.model.Step#getExpectedOutcome()
	 * @see #getStep()
	 * @generated
	 */
	EReference getStep_ExpectedOutcome();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.ExpectedOutcome <em>Expected Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expected Outcome</em>'.
	 * @see org.cocolaunch.model.ExpectedOutcome
	 * @generated
	 */
	EClass getExpectedOutcome();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ExpectedOutcome#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cocolaunch.model.ExpectedOutcome#getStatus()
	 * @see #getExpectedOutcome()
	 * @generated
	 */
	EAttribute getExpectedOutcome_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ExpectedOutcome#getFirmwareError <em>Firmware Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware Error</em>'.
	 * @see org.cocolaunch.model.ExpectedOutcome#getFirmwareError()
	 * @see #getExpectedOutcome()
	 * @generated
	 */
	EAttribute getExpectedOutcome_FirmwareError();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ExpectedOutcome#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.cocolaunch.model.ExpectedOutcome#getErrno()
	 * @see #getExpectedOutcome()
	 * @generated
	 */
	EAttribute getExpectedOutcome_Errno();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.ExpectedOutcome#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Registers</em>'.
	 * @see org.cocolaunch.model.ExpectedOutcome#getRegisters()
	 * @see #getExpectedOutcome()
	 * @generated
	 */
	EReference getExpectedOutcome_Registers();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.GuestMemoryRegion <em>Guest Memory Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Guest Memory Region</em>'.
	 * @see org.cocolaunch.model.GuestMemoryRegion
	 * @generated
	 */
	EClass getGuestMemoryRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.GuestMemoryRegion#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cocolaunch.model.GuestMemoryRegion#getName()
	 * @see #getGuestMemoryRegion()
	 * @generated
	 */
	EAttribute getGuestMemoryRegion_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.GuestMemoryRegion#getGpa <em>Gpa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpa</em>'.
	 * @see org.cocolaunch.model.GuestMemoryRegion#getGpa()
	 * @see #getGuestMemoryRegion()
	 * @generated
	 */
	EAttribute getGuestMemoryRegion_Gpa();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.GuestMemoryRegion#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.cocolaunch.model.GuestMemoryRegion#getLength()
	 * @see #getGuestMemoryRegion()
	 * @generated
	 */
	EAttribute getGuestMemoryRegion_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.GuestMemoryRegion#isPrivateMemory <em>Private Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Private Memory</em>'.
	 * @see org.cocolaunch.model.GuestMemoryRegion#isPrivateMemory()
	 * @see #getGuestMemoryRegion()
	 * @generated
	 */
	EAttribute getGuestMemoryRegion_PrivateMemory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.GuestMemoryRegion#getPages <em>Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Pages</em>'.
	 * @see org.cocolaunch.model.GuestMemoryRegion#getPages()
	 * @see #getGuestMemoryRegion()
	 * @generated
	 */
	EReference getGuestMemoryRegion_Pages();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.PageRange <em>Page Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Page Range</em>'.
	 * @see org.cocolaunch.model.PageRange
	 * @generated
	 */
	EClass getPageRange();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.PageRange#getGpa <em>Gpa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpa</em>'.
	 * @see org.cocolaunch.model.PageRange#getGpa()
	 * @see #getPageRange()
	 * @generated
	 */
	EAttribute getPageRange_Gpa();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.PageRange#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.cocolaunch.model.PageRange#getLength()
	 * @see #getPageRange()
	 * @generated
	 */
	EAttribute getPageRange_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.PageRange#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cocolaunch.model.PageRange#getKind()
	 * @see #getPageRange()
	 * @generated
	 */
	EAttribute getPageRange_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.model.PageRange#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Content</em>'.
	 * @see org.cocolaunch.model.PageRange#getContent()
	 * @see #getPageRange()
	 * @generated
	 */
	EReference getPageRange_Content();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.ContentSource <em>Content Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Content Source</em>'.
	 * @see org.cocolaunch.model.ContentSource
	 * @generated
	 */
	EClass getContentSource();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ContentSource#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.cocolaunch.model.ContentSource#getKind()
	 * @see #getContentSource()
	 * @generated
	 */
	EAttribute getContentSource_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ContentSource#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see org.cocolaunch.model.ContentSource#getInput()
	 * @see #getContentSource()
	 * @generated
	 */
	EAttribute getContentSource_Input();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ContentSource#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.cocolaunch.model.ContentSource#getOffset()
	 * @see #getContentSource()
	 * @generated
	 */
	EAttribute getContentSource_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ContentSource#getLength <em>Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Length</em>'.
	 * @see org.cocolaunch.model.ContentSource#getLength()
	 * @see #getContentSource()
	 * @generated
	 */
	EAttribute getContentSource_Length();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ContentSource#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.cocolaunch.model.ContentSource#getData()
	 * @see #getContentSource()
	 * @generated
	 */
	EAttribute getContentSource_Data();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.ContentSource#getDigest <em>Digest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digest</em>'.
	 * @see org.cocolaunch.model.ContentSource#getDigest()
	 * @see #getContentSource()
	 * @generated
	 */
	EAttribute getContentSource_Digest();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.VcpuState <em>Vcpu State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vcpu State</em>'.
	 * @see org.cocolaunch.model.VcpuState
	 * @generated
	 */
	EClass getVcpuState();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.VcpuState#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.cocolaunch.model.VcpuState#getIndex()
	 * @see #getVcpuState()
	 * @generated
	 */
	EAttribute getVcpuState_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.VcpuState#getApicId <em>Apic Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Apic Id</em>'.
	 * @see org.cocolaunch.model.VcpuState#getApicId()
	 * @see #getVcpuState()
	 * @generated
	 */
	EAttribute getVcpuState_ApicId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.VcpuState#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.cocolaunch.model.VcpuState#getDescription()
	 * @see #getVcpuState()
	 * @generated
	 */
	EAttribute getVcpuState_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.cocolaunch.model.VcpuState#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>State</em>'.
	 * @see org.cocolaunch.model.VcpuState#getState()
	 * @see #getVcpuState()
	 * @generated
	 */
	EReference getVcpuState_State();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.MeasurementRegister <em>Measurement Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement Register</em>'.
	 * @see org.cocolaunch.model.MeasurementRegister
	 * @generated
	 */
	EClass getMeasurementRegister();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.MeasurementRegister#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cocolaunch.model.MeasurementRegister#getName()
	 * @see #getMeasurementRegister()
	 * @generated
	 */
	EAttribute getMeasurementRegister_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.MeasurementRegister#getWidthBits <em>Width Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width Bits</em>'.
	 * @see org.cocolaunch.model.MeasurementRegister#getWidthBits()
	 * @see #getMeasurementRegister()
	 * @generated
	 */
	EAttribute getMeasurementRegister_WidthBits();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.MeasurementRegister#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cocolaunch.model.MeasurementRegister#getValue()
	 * @see #getMeasurementRegister()
	 * @generated
	 */
	EAttribute getMeasurementRegister_Value();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.MeasurementRegister#getHistory <em>History</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>History</em>'.
	 * @see org.cocolaunch.model.MeasurementRegister#getHistory()
	 * @see #getMeasurementRegister()
	 * @generated
	 */
	EReference getMeasurementRegister_History();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.RegisterUpdate <em>Register Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Register Update</em>'.
	 * @see org.cocolaunch.model.RegisterUpdate
	 * @generated
	 */
	EClass getRegisterUpdate();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.RegisterUpdate#getStepIndex <em>Step Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Index</em>'.
	 * @see org.cocolaunch.model.RegisterUpdate#getStepIndex()
	 * @see #getRegisterUpdate()
	 * @generated
	 */
	EAttribute getRegisterUpdate_StepIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.RegisterUpdate#getPageGpa <em>Page Gpa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Gpa</em>'.
	 * @see org.cocolaunch.model.RegisterUpdate#getPageGpa()
	 * @see #getRegisterUpdate()
	 * @generated
	 */
	EAttribute getRegisterUpdate_PageGpa();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.RegisterUpdate#getBefore <em>Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before</em>'.
	 * @see org.cocolaunch.model.RegisterUpdate#getBefore()
	 * @see #getRegisterUpdate()
	 * @generated
	 */
	EAttribute getRegisterUpdate_Before();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.RegisterUpdate#getAfter <em>After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>After</em>'.
	 * @see org.cocolaunch.model.RegisterUpdate#getAfter()
	 * @see #getRegisterUpdate()
	 * @generated
	 */
	EAttribute getRegisterUpdate_After();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.LaunchTrace <em>Launch Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Trace</em>'.
	 * @see org.cocolaunch.model.LaunchTrace
	 * @generated
	 */
	EClass getLaunchTrace();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchTrace#getPlanName <em>Plan Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Name</em>'.
	 * @see org.cocolaunch.model.LaunchTrace#getPlanName()
	 * @see #getLaunchTrace()
	 * @generated
	 */
	EAttribute getLaunchTrace_PlanName();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchTrace#getPlanUri <em>Plan Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Uri</em>'.
	 * @see org.cocolaunch.model.LaunchTrace#getPlanUri()
	 * @see #getLaunchTrace()
	 * @generated
	 */
	EAttribute getLaunchTrace_PlanUri();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchTrace#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see org.cocolaunch.model.LaunchTrace#getBackend()
	 * @see #getLaunchTrace()
	 * @generated
	 */
	EAttribute getLaunchTrace_Backend();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchTrace#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.cocolaunch.model.LaunchTrace#getVendor()
	 * @see #getLaunchTrace()
	 * @generated
	 */
	EAttribute getLaunchTrace_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchTrace#getVmType <em>Vm Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vm Type</em>'.
	 * @see org.cocolaunch.model.LaunchTrace#getVmType()
	 * @see #getLaunchTrace()
	 * @generated
	 */
	EAttribute getLaunchTrace_VmType();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchTrace#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.cocolaunch.model.LaunchTrace#getStartedAt()
	 * @see #getLaunchTrace()
	 * @generated
	 */
	EAttribute getLaunchTrace_StartedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.LaunchTrace#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.cocolaunch.model.LaunchTrace#getResults()
	 * @see #getLaunchTrace()
	 * @generated
	 */
	EReference getLaunchTrace_Results();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.StepResult <em>Step Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step Result</em>'.
	 * @see org.cocolaunch.model.StepResult
	 * @generated
	 */
	EClass getStepResult();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getStepIndex <em>Step Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Index</em>'.
	 * @see org.cocolaunch.model.StepResult#getStepIndex()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_StepIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see org.cocolaunch.model.StepResult#getCommand()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Command();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.cocolaunch.model.StepResult#getStatus()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getReturnValue <em>Return Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Return Value</em>'.
	 * @see org.cocolaunch.model.StepResult#getReturnValue()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_ReturnValue();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getErrno <em>Errno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errno</em>'.
	 * @see org.cocolaunch.model.StepResult#getErrno()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Errno();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getFirmwareError <em>Firmware Error</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware Error</em>'.
	 * @see org.cocolaunch.model.StepResult#getFirmwareError()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_FirmwareError();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getFirmwareErrorName <em>Firmware Error Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware Error Name</em>'.
	 * @see org.cocolaunch.model.StepResult#getFirmwareErrorName()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_FirmwareErrorName();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.cocolaunch.model.StepResult#getMessage()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.StepResult#getDurationNanos <em>Duration Nanos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Nanos</em>'.
	 * @see org.cocolaunch.model.StepResult#getDurationNanos()
	 * @see #getStepResult()
	 * @generated
	 */
	EAttribute getStepResult_DurationNanos();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.StepResult#getRegisters <em>Registers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Registers</em>'.
	 * @see org.cocolaunch.model.StepResult#getRegisters()
	 * @see #getStepResult()
	 * @generated
	 */
	EReference getStepResult_Registers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.StepResult#getChangedPages <em>Changed Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Changed Pages</em>'.
	 * @see org.cocolaunch.model.StepResult#getChangedPages()
	 * @see #getStepResult()
	 * @generated
	 */
	EReference getStepResult_ChangedPages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.StepResult#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Vcpus</em>'.
	 * @see org.cocolaunch.model.StepResult#getVcpus()
	 * @see #getStepResult()
	 * @generated
	 */
	EReference getStepResult_Vcpus();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.StepResult#getExits <em>Exits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exits</em>'.
	 * @see org.cocolaunch.model.StepResult#getExits()
	 * @see #getStepResult()
	 * @generated
	 */
	EReference getStepResult_Exits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.StepResult#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Details</em>'.
	 * @see org.cocolaunch.model.StepResult#getDetails()
	 * @see #getStepResult()
	 * @generated
	 */
	EReference getStepResult_Details();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.RegisterValue <em>Register Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Register Value</em>'.
	 * @see org.cocolaunch.model.RegisterValue
	 * @generated
	 */
	EClass getRegisterValue();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.RegisterValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cocolaunch.model.RegisterValue#getName()
	 * @see #getRegisterValue()
	 * @generated
	 */
	EAttribute getRegisterValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.RegisterValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cocolaunch.model.RegisterValue#getValue()
	 * @see #getRegisterValue()
	 * @generated
	 */
	EAttribute getRegisterValue_Value();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.LaunchConfig <em>Launch Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Launch Config</em>'.
	 * @see org.cocolaunch.model.LaunchConfig
	 * @generated
	 */
	EClass getLaunchConfig();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchConfig#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see org.cocolaunch.model.LaunchConfig#getFirmware()
	 * @see #getLaunchConfig()
	 * @generated
	 */
	EAttribute getLaunchConfig_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchConfig#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see org.cocolaunch.model.LaunchConfig#getKernel()
	 * @see #getLaunchConfig()
	 * @generated
	 */
	EAttribute getLaunchConfig_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchConfig#getInitrd <em>Initrd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initrd</em>'.
	 * @see org.cocolaunch.model.LaunchConfig#getInitrd()
	 * @see #getLaunchConfig()
	 * @generated
	 */
	EAttribute getLaunchConfig_Initrd();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchConfig#getAppend <em>Append</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Append</em>'.
	 * @see org.cocolaunch.model.LaunchConfig#getAppend()
	 * @see #getLaunchConfig()
	 * @generated
	 */
	EAttribute getLaunchConfig_Append();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.LaunchConfig#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see org.cocolaunch.model.LaunchConfig#getVcpus()
	 * @see #getLaunchConfig()
	 * @generated
	 */
	EAttribute getLaunchConfig_Vcpus();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.KvmCreateVm <em>Kvm Create Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kvm Create Vm</em>'.
	 * @see org.cocolaunch.model.KvmCreateVm
	 * @generated
	 */
	EClass getKvmCreateVm();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmCreateVm#getVmType <em>Vm Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vm Type</em>'.
	 * @see org.cocolaunch.model.KvmCreateVm#getVmType()
	 * @see #getKvmCreateVm()
	 * @generated
	 */
	EAttribute getKvmCreateVm_VmType();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.KvmInitVm <em>Kvm Init Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kvm Init Vm</em>'.
	 * @see org.cocolaunch.model.KvmInitVm
	 * @generated
	 */
	EClass getKvmInitVm();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmInitVm#getIdentityMapAddr <em>Identity Map Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identity Map Addr</em>'.
	 * @see org.cocolaunch.model.KvmInitVm#getIdentityMapAddr()
	 * @see #getKvmInitVm()
	 * @generated
	 */
	EAttribute getKvmInitVm_IdentityMapAddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmInitVm#getTssAddr <em>Tss Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tss Addr</em>'.
	 * @see org.cocolaunch.model.KvmInitVm#getTssAddr()
	 * @see #getKvmInitVm()
	 * @generated
	 */
	EAttribute getKvmInitVm_TssAddr();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmInitVm#isIrqchip <em>Irqchip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irqchip</em>'.
	 * @see org.cocolaunch.model.KvmInitVm#isIrqchip()
	 * @see #getKvmInitVm()
	 * @generated
	 */
	EAttribute getKvmInitVm_Irqchip();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmInitVm#isPit <em>Pit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pit</em>'.
	 * @see org.cocolaunch.model.KvmInitVm#isPit()
	 * @see #getKvmInitVm()
	 * @generated
	 */
	EAttribute getKvmInitVm_Pit();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmInitVm#isSupportedCpuid <em>Supported Cpuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supported Cpuid</em>'.
	 * @see org.cocolaunch.model.KvmInitVm#isSupportedCpuid()
	 * @see #getKvmInitVm()
	 * @generated
	 */
	EAttribute getKvmInitVm_SupportedCpuid();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.KvmSetMemoryRegion <em>Kvm Set Memory Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kvm Set Memory Region</em>'.
	 * @see org.cocolaunch.model.KvmSetMemoryRegion
	 * @generated
	 */
	EClass getKvmSetMemoryRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmSetMemoryRegion#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see org.cocolaunch.model.KvmSetMemoryRegion#getSlot()
	 * @see #getKvmSetMemoryRegion()
	 * @generated
	 */
	EAttribute getKvmSetMemoryRegion_Slot();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmSetMemoryRegion#getGpa <em>Gpa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpa</em>'.
	 * @see org.cocolaunch.model.KvmSetMemoryRegion#getGpa()
	 * @see #getKvmSetMemoryRegion()
	 * @generated
	 */
	EAttribute getKvmSetMemoryRegion_Gpa();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmSetMemoryRegion#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.cocolaunch.model.KvmSetMemoryRegion#getSize()
	 * @see #getKvmSetMemoryRegion()
	 * @generated
	 */
	EAttribute getKvmSetMemoryRegion_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmSetMemoryRegion#isBelowFourGiB <em>Below Four Gi B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Below Four Gi B</em>'.
	 * @see org.cocolaunch.model.KvmSetMemoryRegion#isBelowFourGiB()
	 * @see #getKvmSetMemoryRegion()
	 * @generated
	 */
	EAttribute getKvmSetMemoryRegion_BelowFourGiB();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmSetMemoryRegion#isReadOnly <em>Read Only</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Read Only</em>'.
	 * @see org.cocolaunch.model.KvmSetMemoryRegion#isReadOnly()
	 * @see #getKvmSetMemoryRegion()
	 * @generated
	 */
	EAttribute getKvmSetMemoryRegion_ReadOnly();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmSetMemoryRegion#isGuestMemfd <em>Guest Memfd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Memfd</em>'.
	 * @see org.cocolaunch.model.KvmSetMemoryRegion#isGuestMemfd()
	 * @see #getKvmSetMemoryRegion()
	 * @generated
	 */
	EAttribute getKvmSetMemoryRegion_GuestMemfd();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.KvmCreateVcpu <em>Kvm Create Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kvm Create Vcpu</em>'.
	 * @see org.cocolaunch.model.KvmCreateVcpu
	 * @generated
	 */
	EClass getKvmCreateVcpu();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmCreateVcpu#getVcpuId <em>Vcpu Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Id</em>'.
	 * @see org.cocolaunch.model.KvmCreateVcpu#getVcpuId()
	 * @see #getKvmCreateVcpu()
	 * @generated
	 */
	EAttribute getKvmCreateVcpu_VcpuId();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.KvmRun <em>Kvm Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kvm Run</em>'.
	 * @see org.cocolaunch.model.KvmRun
	 * @generated
	 */
	EClass getKvmRun();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmRun#getVcpuId <em>Vcpu Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpu Id</em>'.
	 * @see org.cocolaunch.model.KvmRun#getVcpuId()
	 * @see #getKvmRun()
	 * @generated
	 */
	EAttribute getKvmRun_VcpuId();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmRun#getExits <em>Exits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exits</em>'.
	 * @see org.cocolaunch.model.KvmRun#getExits()
	 * @see #getKvmRun()
	 * @generated
	 */
	EAttribute getKvmRun_Exits();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.KvmExit <em>Kvm Exit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kvm Exit</em>'.
	 * @see org.cocolaunch.model.KvmExit
	 * @generated
	 */
	EClass getKvmExit();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.cocolaunch.model.KvmExit#getIndex()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.cocolaunch.model.KvmExit#getReason()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getExitReason <em>Exit Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exit Reason</em>'.
	 * @see org.cocolaunch.model.KvmExit#getExitReason()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_ExitReason();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.cocolaunch.model.KvmExit#getPort()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#isWrite <em>Write</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write</em>'.
	 * @see org.cocolaunch.model.KvmExit#isWrite()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Write();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.cocolaunch.model.KvmExit#getSize()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.cocolaunch.model.KvmExit#getCount()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data</em>'.
	 * @see org.cocolaunch.model.KvmExit#getData()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Data();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.cocolaunch.model.KvmExit#getAddress()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getSubcode <em>Subcode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subcode</em>'.
	 * @see org.cocolaunch.model.KvmExit#getSubcode()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Subcode();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Details</em>'.
	 * @see org.cocolaunch.model.KvmExit#getDetails()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Details();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getRip <em>Rip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rip</em>'.
	 * @see org.cocolaunch.model.KvmExit#getRip()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_Rip();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.KvmExit#getCsBase <em>Cs Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cs Base</em>'.
	 * @see org.cocolaunch.model.KvmExit#getCsBase()
	 * @see #getKvmExit()
	 * @generated
	 */
	EAttribute getKvmExit_CsBase();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.GenericParameters <em>Generic Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generic Parameters</em>'.
	 * @see org.cocolaunch.model.GenericParameters
	 * @generated
	 */
	EClass getGenericParameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.cocolaunch.model.GenericParameters#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.cocolaunch.model.GenericParameters#getEntries()
	 * @see #getGenericParameters()
	 * @generated
	 */
	EReference getGenericParameters_Entries();

	/**
	 * Returns the meta object for class '{@link org.cocolaunch.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.cocolaunch.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.Parameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.cocolaunch.model.Parameter#getName()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.cocolaunch.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.cocolaunch.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.model.KvmExitReason <em>Kvm Exit Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kvm Exit Reason</em>'.
	 * @see org.cocolaunch.model.KvmExitReason
	 * @generated
	 */
	EEnum getKvmExitReason();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.model.Vendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vendor</em>'.
	 * @see org.cocolaunch.model.Vendor
	 * @generated
	 */
	EEnum getVendor();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.model.VmType <em>Vm Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vm Type</em>'.
	 * @see org.cocolaunch.model.VmType
	 * @generated
	 */
	EEnum getVmType();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phase</em>'.
	 * @see org.cocolaunch.model.Phase
	 * @generated
	 */
	EEnum getPhase();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.model.PageKind <em>Page Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Page Kind</em>'.
	 * @see org.cocolaunch.model.PageKind
	 * @generated
	 */
	EEnum getPageKind();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.model.ContentSourceKind <em>Content Source Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Content Source Kind</em>'.
	 * @see org.cocolaunch.model.ContentSourceKind
	 * @generated
	 */
	EEnum getContentSourceKind();

	/**
	 * Returns the meta object for enum '{@link org.cocolaunch.model.StepStatus <em>Step Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Status</em>'.
	 * @see org.cocolaunch.model.StepStatus
	 * @generated
	 */
	EEnum getStepStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

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
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.LaunchPlanImpl <em>Launch Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.LaunchPlanImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getLaunchPlan()
		 * @generated
		 */
		EClass LAUNCH_PLAN = eINSTANCE.getLaunchPlan();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_PLAN__NAME = eINSTANCE.getLaunchPlan_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_PLAN__DESCRIPTION = eINSTANCE.getLaunchPlan_Description();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_PLAN__VENDOR = eINSTANCE.getLaunchPlan_Vendor();

		/**
		 * The meta object literal for the '<em><b>Vm Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_PLAN__VM_TYPE = eINSTANCE.getLaunchPlan_VmType();

		/**
		 * The meta object literal for the '<em><b>Preset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_PLAN__PRESET = eINSTANCE.getLaunchPlan_Preset();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAUNCH_PLAN__INPUTS = eINSTANCE.getLaunchPlan_Inputs();

		/**
		 * The meta object literal for the '<em><b>Memory Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAUNCH_PLAN__MEMORY_REGIONS = eINSTANCE.getLaunchPlan_MemoryRegions();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAUNCH_PLAN__VCPUS = eINSTANCE.getLaunchPlan_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Registers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAUNCH_PLAN__REGISTERS = eINSTANCE.getLaunchPlan_Registers();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAUNCH_PLAN__STEPS = eINSTANCE.getLaunchPlan_Steps();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAUNCH_PLAN__HOST = eINSTANCE.getLaunchPlan_Host();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.LaunchInputImpl <em>Launch Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.LaunchInputImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getLaunchInput()
		 * @generated
		 */
		EClass LAUNCH_INPUT = eINSTANCE.getLaunchInput();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_INPUT__ROLE = eINSTANCE.getLaunchInput_Role();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_INPUT__PATH = eINSTANCE.getLaunchInput_Path();

		/**
		 * The meta object literal for the '<em><b>Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_INPUT__DIGEST = eINSTANCE.getLaunchInput_Digest();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_INPUT__VALUE = eINSTANCE.getLaunchInput_Value();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.StepImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__NAME = eINSTANCE.getStep_Name();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__COMMAND = eINSTANCE.getStep_Command();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__PHASE = eINSTANCE.getStep_Phase();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__DESCRIPTION = eINSTANCE.getStep_Description();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__PARAMETERS = eINSTANCE.getStep_Parameters();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__PAGES = eINSTANCE.getStep_Pages();

		/**
		 * The meta object literal for the '<em><b>Expected Outcome</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP__EXPECTED_OUTCOME = eINSTANCE.getStep_ExpectedOutcome();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.ExpectedOutcomeImpl <em>Expected Outcome</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.ExpectedOutcomeImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getExpectedOutcome()
		 * @generated
		 */
		EClass EXPECTED_OUTCOME = eINSTANCE.getExpectedOutcome();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_OUTCOME__STATUS = eINSTANCE.getExpectedOutcome_Status();

		/**
		 * The meta object literal for the '<em><b>Firmware Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_OUTCOME__FIRMWARE_ERROR = eINSTANCE.getExpectedOutcome_FirmwareError();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPECTED_OUTCOME__ERRNO = eINSTANCE.getExpectedOutcome_Errno();

		/**
		 * The meta object literal for the '<em><b>Registers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPECTED_OUTCOME__REGISTERS = eINSTANCE.getExpectedOutcome_Registers();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.GuestMemoryRegionImpl <em>Guest Memory Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.GuestMemoryRegionImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getGuestMemoryRegion()
		 * @generated
		 */
		EClass GUEST_MEMORY_REGION = eINSTANCE.getGuestMemoryRegion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUEST_MEMORY_REGION__NAME = eINSTANCE.getGuestMemoryRegion_Name();

		/**
		 * The meta object literal for the '<em><b>Gpa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUEST_MEMORY_REGION__GPA = eINSTANCE.getGuestMemoryRegion_Gpa();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUEST_MEMORY_REGION__LENGTH = eINSTANCE.getGuestMemoryRegion_Length();

		/**
		 * The meta object literal for the '<em><b>Private Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GUEST_MEMORY_REGION__PRIVATE_MEMORY = eINSTANCE.getGuestMemoryRegion_PrivateMemory();

		/**
		 * The meta object literal for the '<em><b>Pages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GUEST_MEMORY_REGION__PAGES = eINSTANCE.getGuestMemoryRegion_Pages();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.PageRangeImpl <em>Page Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.PageRangeImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getPageRange()
		 * @generated
		 */
		EClass PAGE_RANGE = eINSTANCE.getPageRange();

		/**
		 * The meta object literal for the '<em><b>Gpa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_RANGE__GPA = eINSTANCE.getPageRange_Gpa();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_RANGE__LENGTH = eINSTANCE.getPageRange_Length();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAGE_RANGE__KIND = eINSTANCE.getPageRange_Kind();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAGE_RANGE__CONTENT = eINSTANCE.getPageRange_Content();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.ContentSourceImpl <em>Content Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.ContentSourceImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getContentSource()
		 * @generated
		 */
		EClass CONTENT_SOURCE = eINSTANCE.getContentSource();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_SOURCE__KIND = eINSTANCE.getContentSource_Kind();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_SOURCE__INPUT = eINSTANCE.getContentSource_Input();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_SOURCE__OFFSET = eINSTANCE.getContentSource_Offset();

		/**
		 * The meta object literal for the '<em><b>Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_SOURCE__LENGTH = eINSTANCE.getContentSource_Length();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_SOURCE__DATA = eINSTANCE.getContentSource_Data();

		/**
		 * The meta object literal for the '<em><b>Digest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_SOURCE__DIGEST = eINSTANCE.getContentSource_Digest();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.VcpuStateImpl <em>Vcpu State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.VcpuStateImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getVcpuState()
		 * @generated
		 */
		EClass VCPU_STATE = eINSTANCE.getVcpuState();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU_STATE__INDEX = eINSTANCE.getVcpuState_Index();

		/**
		 * The meta object literal for the '<em><b>Apic Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU_STATE__APIC_ID = eINSTANCE.getVcpuState_ApicId();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU_STATE__DESCRIPTION = eINSTANCE.getVcpuState_Description();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VCPU_STATE__STATE = eINSTANCE.getVcpuState_State();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.MeasurementRegisterImpl <em>Measurement Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.MeasurementRegisterImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getMeasurementRegister()
		 * @generated
		 */
		EClass MEASUREMENT_REGISTER = eINSTANCE.getMeasurementRegister();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_REGISTER__NAME = eINSTANCE.getMeasurementRegister_Name();

		/**
		 * The meta object literal for the '<em><b>Width Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_REGISTER__WIDTH_BITS = eINSTANCE.getMeasurementRegister_WidthBits();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT_REGISTER__VALUE = eINSTANCE.getMeasurementRegister_Value();

		/**
		 * The meta object literal for the '<em><b>History</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT_REGISTER__HISTORY = eINSTANCE.getMeasurementRegister_History();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.RegisterUpdateImpl <em>Register Update</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.RegisterUpdateImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getRegisterUpdate()
		 * @generated
		 */
		EClass REGISTER_UPDATE = eINSTANCE.getRegisterUpdate();

		/**
		 * The meta object literal for the '<em><b>Step Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_UPDATE__STEP_INDEX = eINSTANCE.getRegisterUpdate_StepIndex();

		/**
		 * The meta object literal for the '<em><b>Page Gpa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_UPDATE__PAGE_GPA = eINSTANCE.getRegisterUpdate_PageGpa();

		/**
		 * The meta object literal for the '<em><b>Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_UPDATE__BEFORE = eINSTANCE.getRegisterUpdate_Before();

		/**
		 * The meta object literal for the '<em><b>After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_UPDATE__AFTER = eINSTANCE.getRegisterUpdate_After();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.LaunchTraceImpl <em>Launch Trace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.LaunchTraceImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getLaunchTrace()
		 * @generated
		 */
		EClass LAUNCH_TRACE = eINSTANCE.getLaunchTrace();

		/**
		 * The meta object literal for the '<em><b>Plan Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_TRACE__PLAN_NAME = eINSTANCE.getLaunchTrace_PlanName();

		/**
		 * The meta object literal for the '<em><b>Plan Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_TRACE__PLAN_URI = eINSTANCE.getLaunchTrace_PlanUri();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_TRACE__BACKEND = eINSTANCE.getLaunchTrace_Backend();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_TRACE__VENDOR = eINSTANCE.getLaunchTrace_Vendor();

		/**
		 * The meta object literal for the '<em><b>Vm Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_TRACE__VM_TYPE = eINSTANCE.getLaunchTrace_VmType();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_TRACE__STARTED_AT = eINSTANCE.getLaunchTrace_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAUNCH_TRACE__RESULTS = eINSTANCE.getLaunchTrace_Results();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.StepResultImpl <em>Step Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.StepResultImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getStepResult()
		 * @generated
		 */
		EClass STEP_RESULT = eINSTANCE.getStepResult();

		/**
		 * The meta object literal for the '<em><b>Step Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__STEP_INDEX = eINSTANCE.getStepResult_StepIndex();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__COMMAND = eINSTANCE.getStepResult_Command();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__STATUS = eINSTANCE.getStepResult_Status();

		/**
		 * The meta object literal for the '<em><b>Return Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__RETURN_VALUE = eINSTANCE.getStepResult_ReturnValue();

		/**
		 * The meta object literal for the '<em><b>Errno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__ERRNO = eINSTANCE.getStepResult_Errno();

		/**
		 * The meta object literal for the '<em><b>Firmware Error</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__FIRMWARE_ERROR = eINSTANCE.getStepResult_FirmwareError();

		/**
		 * The meta object literal for the '<em><b>Firmware Error Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__FIRMWARE_ERROR_NAME = eINSTANCE.getStepResult_FirmwareErrorName();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__MESSAGE = eINSTANCE.getStepResult_Message();

		/**
		 * The meta object literal for the '<em><b>Duration Nanos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP_RESULT__DURATION_NANOS = eINSTANCE.getStepResult_DurationNanos();

		/**
		 * The meta object literal for the '<em><b>Registers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_RESULT__REGISTERS = eINSTANCE.getStepResult_Registers();

		/**
		 * The meta object literal for the '<em><b>Changed Pages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_RESULT__CHANGED_PAGES = eINSTANCE.getStepResult_ChangedPages();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_RESULT__VCPUS = eINSTANCE.getStepResult_Vcpus();

		/**
		 * The meta object literal for the '<em><b>Exits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_RESULT__EXITS = eINSTANCE.getStepResult_Exits();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STEP_RESULT__DETAILS = eINSTANCE.getStepResult_Details();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.RegisterValueImpl <em>Register Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.RegisterValueImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getRegisterValue()
		 * @generated
		 */
		EClass REGISTER_VALUE = eINSTANCE.getRegisterValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_VALUE__NAME = eINSTANCE.getRegisterValue_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTER_VALUE__VALUE = eINSTANCE.getRegisterValue_Value();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.LaunchConfigImpl <em>Launch Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.LaunchConfigImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getLaunchConfig()
		 * @generated
		 */
		EClass LAUNCH_CONFIG = eINSTANCE.getLaunchConfig();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_CONFIG__FIRMWARE = eINSTANCE.getLaunchConfig_Firmware();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_CONFIG__KERNEL = eINSTANCE.getLaunchConfig_Kernel();

		/**
		 * The meta object literal for the '<em><b>Initrd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_CONFIG__INITRD = eINSTANCE.getLaunchConfig_Initrd();

		/**
		 * The meta object literal for the '<em><b>Append</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_CONFIG__APPEND = eINSTANCE.getLaunchConfig_Append();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAUNCH_CONFIG__VCPUS = eINSTANCE.getLaunchConfig_Vcpus();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.KvmCreateVmImpl <em>Kvm Create Vm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.KvmCreateVmImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmCreateVm()
		 * @generated
		 */
		EClass KVM_CREATE_VM = eINSTANCE.getKvmCreateVm();

		/**
		 * The meta object literal for the '<em><b>Vm Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_CREATE_VM__VM_TYPE = eINSTANCE.getKvmCreateVm_VmType();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.KvmInitVmImpl <em>Kvm Init Vm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.KvmInitVmImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmInitVm()
		 * @generated
		 */
		EClass KVM_INIT_VM = eINSTANCE.getKvmInitVm();

		/**
		 * The meta object literal for the '<em><b>Identity Map Addr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_INIT_VM__IDENTITY_MAP_ADDR = eINSTANCE.getKvmInitVm_IdentityMapAddr();

		/**
		 * The meta object literal for the '<em><b>Tss Addr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_INIT_VM__TSS_ADDR = eINSTANCE.getKvmInitVm_TssAddr();

		/**
		 * The meta object literal for the '<em><b>Irqchip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_INIT_VM__IRQCHIP = eINSTANCE.getKvmInitVm_Irqchip();

		/**
		 * The meta object literal for the '<em><b>Pit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_INIT_VM__PIT = eINSTANCE.getKvmInitVm_Pit();

		/**
		 * The meta object literal for the '<em><b>Supported Cpuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_INIT_VM__SUPPORTED_CPUID = eINSTANCE.getKvmInitVm_SupportedCpuid();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.KvmSetMemoryRegionImpl <em>Kvm Set Memory Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.KvmSetMemoryRegionImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmSetMemoryRegion()
		 * @generated
		 */
		EClass KVM_SET_MEMORY_REGION = eINSTANCE.getKvmSetMemoryRegion();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_SET_MEMORY_REGION__SLOT = eINSTANCE.getKvmSetMemoryRegion_Slot();

		/**
		 * The meta object literal for the '<em><b>Gpa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_SET_MEMORY_REGION__GPA = eINSTANCE.getKvmSetMemoryRegion_Gpa();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_SET_MEMORY_REGION__SIZE = eINSTANCE.getKvmSetMemoryRegion_Size();

		/**
		 * The meta object literal for the '<em><b>Below Four Gi B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_SET_MEMORY_REGION__BELOW_FOUR_GI_B = eINSTANCE.getKvmSetMemoryRegion_BelowFourGiB();

		/**
		 * The meta object literal for the '<em><b>Read Only</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_SET_MEMORY_REGION__READ_ONLY = eINSTANCE.getKvmSetMemoryRegion_ReadOnly();

		/**
		 * The meta object literal for the '<em><b>Guest Memfd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_SET_MEMORY_REGION__GUEST_MEMFD = eINSTANCE.getKvmSetMemoryRegion_GuestMemfd();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.KvmCreateVcpuImpl <em>Kvm Create Vcpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.KvmCreateVcpuImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmCreateVcpu()
		 * @generated
		 */
		EClass KVM_CREATE_VCPU = eINSTANCE.getKvmCreateVcpu();

		/**
		 * The meta object literal for the '<em><b>Vcpu Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_CREATE_VCPU__VCPU_ID = eINSTANCE.getKvmCreateVcpu_VcpuId();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.KvmRunImpl <em>Kvm Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.KvmRunImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmRun()
		 * @generated
		 */
		EClass KVM_RUN = eINSTANCE.getKvmRun();

		/**
		 * The meta object literal for the '<em><b>Vcpu Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_RUN__VCPU_ID = eINSTANCE.getKvmRun_VcpuId();

		/**
		 * The meta object literal for the '<em><b>Exits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_RUN__EXITS = eINSTANCE.getKvmRun_Exits();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.KvmExitImpl <em>Kvm Exit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.KvmExitImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmExit()
		 * @generated
		 */
		EClass KVM_EXIT = eINSTANCE.getKvmExit();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__INDEX = eINSTANCE.getKvmExit_Index();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__REASON = eINSTANCE.getKvmExit_Reason();

		/**
		 * The meta object literal for the '<em><b>Exit Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__EXIT_REASON = eINSTANCE.getKvmExit_ExitReason();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__PORT = eINSTANCE.getKvmExit_Port();

		/**
		 * The meta object literal for the '<em><b>Write</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__WRITE = eINSTANCE.getKvmExit_Write();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__SIZE = eINSTANCE.getKvmExit_Size();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__COUNT = eINSTANCE.getKvmExit_Count();

		/**
		 * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__DATA = eINSTANCE.getKvmExit_Data();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__ADDRESS = eINSTANCE.getKvmExit_Address();

		/**
		 * The meta object literal for the '<em><b>Subcode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__SUBCODE = eINSTANCE.getKvmExit_Subcode();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__DETAILS = eINSTANCE.getKvmExit_Details();

		/**
		 * The meta object literal for the '<em><b>Rip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__RIP = eINSTANCE.getKvmExit_Rip();

		/**
		 * The meta object literal for the '<em><b>Cs Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KVM_EXIT__CS_BASE = eINSTANCE.getKvmExit_CsBase();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.GenericParametersImpl <em>Generic Parameters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.GenericParametersImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getGenericParameters()
		 * @generated
		 */
		EClass GENERIC_PARAMETERS = eINSTANCE.getGenericParameters();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERIC_PARAMETERS__ENTRIES = eINSTANCE.getGenericParameters_Entries();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.impl.ParameterImpl
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__NAME = eINSTANCE.getParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.KvmExitReason <em>Kvm Exit Reason</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.KvmExitReason
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getKvmExitReason()
		 * @generated
		 */
		EEnum KVM_EXIT_REASON = eINSTANCE.getKvmExitReason();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.Vendor <em>Vendor</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.Vendor
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getVendor()
		 * @generated
		 */
		EEnum VENDOR = eINSTANCE.getVendor();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.VmType <em>Vm Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.VmType
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getVmType()
		 * @generated
		 */
		EEnum VM_TYPE = eINSTANCE.getVmType();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.Phase <em>Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.Phase
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getPhase()
		 * @generated
		 */
		EEnum PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.PageKind <em>Page Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.PageKind
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getPageKind()
		 * @generated
		 */
		EEnum PAGE_KIND = eINSTANCE.getPageKind();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.ContentSourceKind <em>Content Source Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.ContentSourceKind
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getContentSourceKind()
		 * @generated
		 */
		EEnum CONTENT_SOURCE_KIND = eINSTANCE.getContentSourceKind();

		/**
		 * The meta object literal for the '{@link org.cocolaunch.model.StepStatus <em>Step Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.cocolaunch.model.StepStatus
		 * @see org.cocolaunch.model.impl.ModelPackageImpl#getStepStatus()
		 * @generated
		 */
		EEnum STEP_STATUS = eINSTANCE.getStepStatus();

	}

} //ModelPackage
