/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import org.cocolaunch.model.ContentSource;
import org.cocolaunch.model.ContentSourceKind;
import org.cocolaunch.model.ExpectedOutcome;
import org.cocolaunch.model.GenericParameters;
import org.cocolaunch.model.GuestMemoryRegion;
import org.cocolaunch.model.KvmCreateVcpu;
import org.cocolaunch.model.KvmCreateVm;
import org.cocolaunch.model.KvmExit;
import org.cocolaunch.model.KvmExitReason;
import org.cocolaunch.model.KvmInitVm;
import org.cocolaunch.model.KvmRun;
import org.cocolaunch.model.KvmSetMemoryRegion;
import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.model.LaunchInput;
import org.cocolaunch.model.LaunchPlan;
import org.cocolaunch.model.LaunchTrace;
import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelFactory;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.PageKind;
import org.cocolaunch.model.PageRange;
import org.cocolaunch.model.Parameter;
import org.cocolaunch.model.Phase;
import org.cocolaunch.model.RegisterUpdate;
import org.cocolaunch.model.RegisterValue;
import org.cocolaunch.model.Step;
import org.cocolaunch.model.StepResult;
import org.cocolaunch.model.StepStatus;
import org.cocolaunch.model.VcpuState;
import org.cocolaunch.model.Vendor;
import org.cocolaunch.model.VmType;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass launchPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass launchInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass expectedOutcomeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass guestMemoryRegionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pageRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contentSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vcpuStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass measurementRegisterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registerUpdateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass launchTraceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass stepResultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass registerValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass launchConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kvmCreateVmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kvmInitVmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kvmSetMemoryRegionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kvmCreateVcpuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kvmRunEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kvmExitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass genericParametersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass parameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kvmExitReasonEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vendorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vmTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum phaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pageKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contentSourceKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum stepStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.cocolaunch.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited)
			return (ModelPackage) EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl
				? (ModelPackageImpl) registeredModelPackage
				: new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLaunchPlan() {
		return launchPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchPlan_Name() {
		return (EAttribute) launchPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchPlan_Description() {
		return (EAttribute) launchPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchPlan_Vendor() {
		return (EAttribute) launchPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchPlan_VmType() {
		return (EAttribute) launchPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchPlan_Preset() {
		return (EAttribute) launchPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLaunchPlan_Inputs() {
		return (EReference) launchPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLaunchPlan_MemoryRegions() {
		return (EReference) launchPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLaunchPlan_Vcpus() {
		return (EReference) launchPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLaunchPlan_Registers() {
		return (EReference) launchPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLaunchPlan_Steps() {
		return (EReference) launchPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLaunchPlan_Host() {
		return (EReference) launchPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLaunchInput() {
		return launchInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchInput_Role() {
		return (EAttribute) launchInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchInput_Path() {
		return (EAttribute) launchInputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchInput_Digest() {
		return (EAttribute) launchInputEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchInput_Value() {
		return (EAttribute) launchInputEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStep() {
		return stepEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Name() {
		return (EAttribute) stepEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Command() {
		return (EAttribute) stepEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Phase() {
		return (EAttribute) stepEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStep_Description() {
		return (EAttribute) stepEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Parameters() {
		return (EReference) stepEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_Pages() {
		return (EReference) stepEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStep_ExpectedOutcome() {
		return (EReference) stepEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExpectedOutcome() {
		return expectedOutcomeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectedOutcome_Status() {
		return (EAttribute) expectedOutcomeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectedOutcome_FirmwareError() {
		return (EAttribute) expectedOutcomeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExpectedOutcome_Errno() {
		return (EAttribute) expectedOutcomeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExpectedOutcome_Registers() {
		return (EReference) expectedOutcomeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGuestMemoryRegion() {
		return guestMemoryRegionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuestMemoryRegion_Name() {
		return (EAttribute) guestMemoryRegionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuestMemoryRegion_Gpa() {
		return (EAttribute) guestMemoryRegionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuestMemoryRegion_Length() {
		return (EAttribute) guestMemoryRegionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGuestMemoryRegion_PrivateMemory() {
		return (EAttribute) guestMemoryRegionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGuestMemoryRegion_Pages() {
		return (EReference) guestMemoryRegionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPageRange() {
		return pageRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageRange_Gpa() {
		return (EAttribute) pageRangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageRange_Length() {
		return (EAttribute) pageRangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPageRange_Kind() {
		return (EAttribute) pageRangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPageRange_Content() {
		return (EReference) pageRangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContentSource() {
		return contentSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentSource_Kind() {
		return (EAttribute) contentSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentSource_Input() {
		return (EAttribute) contentSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentSource_Offset() {
		return (EAttribute) contentSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentSource_Length() {
		return (EAttribute) contentSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentSource_Data() {
		return (EAttribute) contentSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentSource_Digest() {
		return (EAttribute) contentSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVcpuState() {
		return vcpuStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpuState_Index() {
		return (EAttribute) vcpuStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpuState_ApicId() {
		return (EAttribute) vcpuStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpuState_Description() {
		return (EAttribute) vcpuStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVcpuState_State() {
		return (EReference) vcpuStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeasurementRegister() {
		return measurementRegisterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementRegister_Name() {
		return (EAttribute) measurementRegisterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementRegister_WidthBits() {
		return (EAttribute) measurementRegisterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeasurementRegister_Value() {
		return (EAttribute) measurementRegisterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMeasurementRegister_History() {
		return (EReference) measurementRegisterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegisterUpdate() {
		return registerUpdateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterUpdate_StepIndex() {
		return (EAttribute) registerUpdateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterUpdate_PageGpa() {
		return (EAttribute) registerUpdateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterUpdate_Before() {
		return (EAttribute) registerUpdateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterUpdate_After() {
		return (EAttribute) registerUpdateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLaunchTrace() {
		return launchTraceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchTrace_PlanName() {
		return (EAttribute) launchTraceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchTrace_PlanUri() {
		return (EAttribute) launchTraceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchTrace_Backend() {
		return (EAttribute) launchTraceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchTrace_Vendor() {
		return (EAttribute) launchTraceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchTrace_VmType() {
		return (EAttribute) launchTraceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchTrace_StartedAt() {
		return (EAttribute) launchTraceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLaunchTrace_Results() {
		return (EReference) launchTraceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStepResult() {
		return stepResultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_StepIndex() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Command() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Status() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_ReturnValue() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Errno() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_FirmwareError() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_FirmwareErrorName() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_Message() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStepResult_DurationNanos() {
		return (EAttribute) stepResultEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepResult_Registers() {
		return (EReference) stepResultEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepResult_ChangedPages() {
		return (EReference) stepResultEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepResult_Vcpus() {
		return (EReference) stepResultEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepResult_Exits() {
		return (EReference) stepResultEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStepResult_Details() {
		return (EReference) stepResultEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegisterValue() {
		return registerValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterValue_Name() {
		return (EAttribute) registerValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegisterValue_Value() {
		return (EAttribute) registerValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLaunchConfig() {
		return launchConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchConfig_Firmware() {
		return (EAttribute) launchConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchConfig_Kernel() {
		return (EAttribute) launchConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchConfig_Initrd() {
		return (EAttribute) launchConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchConfig_Append() {
		return (EAttribute) launchConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLaunchConfig_Vcpus() {
		return (EAttribute) launchConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKvmCreateVm() {
		return kvmCreateVmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmCreateVm_VmType() {
		return (EAttribute) kvmCreateVmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKvmInitVm() {
		return kvmInitVmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmInitVm_IdentityMapAddr() {
		return (EAttribute) kvmInitVmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmInitVm_TssAddr() {
		return (EAttribute) kvmInitVmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmInitVm_Irqchip() {
		return (EAttribute) kvmInitVmEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmInitVm_Pit() {
		return (EAttribute) kvmInitVmEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmInitVm_SupportedCpuid() {
		return (EAttribute) kvmInitVmEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKvmSetMemoryRegion() {
		return kvmSetMemoryRegionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmSetMemoryRegion_Slot() {
		return (EAttribute) kvmSetMemoryRegionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmSetMemoryRegion_Gpa() {
		return (EAttribute) kvmSetMemoryRegionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmSetMemoryRegion_Size() {
		return (EAttribute) kvmSetMemoryRegionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmSetMemoryRegion_BelowFourGiB() {
		return (EAttribute) kvmSetMemoryRegionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmSetMemoryRegion_ReadOnly() {
		return (EAttribute) kvmSetMemoryRegionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmSetMemoryRegion_GuestMemfd() {
		return (EAttribute) kvmSetMemoryRegionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKvmCreateVcpu() {
		return kvmCreateVcpuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmCreateVcpu_VcpuId() {
		return (EAttribute) kvmCreateVcpuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKvmRun() {
		return kvmRunEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmRun_VcpuId() {
		return (EAttribute) kvmRunEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmRun_Exits() {
		return (EAttribute) kvmRunEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKvmExit() {
		return kvmExitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Index() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Reason() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_ExitReason() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Port() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Write() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Size() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Count() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Data() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Address() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Subcode() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Details() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_Rip() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKvmExit_CsBase() {
		return (EAttribute) kvmExitEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGenericParameters() {
		return genericParametersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGenericParameters_Entries() {
		return (EReference) genericParametersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getParameter() {
		return parameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Name() {
		return (EAttribute) parameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getParameter_Value() {
		return (EAttribute) parameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKvmExitReason() {
		return kvmExitReasonEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVendor() {
		return vendorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVmType() {
		return vmTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPhase() {
		return phaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPageKind() {
		return pageKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContentSourceKind() {
		return contentSourceKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStepStatus() {
		return stepStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory) getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated)
			return;
		isCreated = true;

		// Create classes and their features
		launchPlanEClass = createEClass(LAUNCH_PLAN);
		createEAttribute(launchPlanEClass, LAUNCH_PLAN__NAME);
		createEAttribute(launchPlanEClass, LAUNCH_PLAN__DESCRIPTION);
		createEAttribute(launchPlanEClass, LAUNCH_PLAN__VENDOR);
		createEAttribute(launchPlanEClass, LAUNCH_PLAN__VM_TYPE);
		createEAttribute(launchPlanEClass, LAUNCH_PLAN__PRESET);
		createEReference(launchPlanEClass, LAUNCH_PLAN__INPUTS);
		createEReference(launchPlanEClass, LAUNCH_PLAN__MEMORY_REGIONS);
		createEReference(launchPlanEClass, LAUNCH_PLAN__VCPUS);
		createEReference(launchPlanEClass, LAUNCH_PLAN__REGISTERS);
		createEReference(launchPlanEClass, LAUNCH_PLAN__STEPS);
		createEReference(launchPlanEClass, LAUNCH_PLAN__HOST);

		launchInputEClass = createEClass(LAUNCH_INPUT);
		createEAttribute(launchInputEClass, LAUNCH_INPUT__ROLE);
		createEAttribute(launchInputEClass, LAUNCH_INPUT__PATH);
		createEAttribute(launchInputEClass, LAUNCH_INPUT__DIGEST);
		createEAttribute(launchInputEClass, LAUNCH_INPUT__VALUE);

		stepEClass = createEClass(STEP);
		createEAttribute(stepEClass, STEP__NAME);
		createEAttribute(stepEClass, STEP__COMMAND);
		createEAttribute(stepEClass, STEP__PHASE);
		createEAttribute(stepEClass, STEP__DESCRIPTION);
		createEReference(stepEClass, STEP__PARAMETERS);
		createEReference(stepEClass, STEP__PAGES);
		createEReference(stepEClass, STEP__EXPECTED_OUTCOME);

		expectedOutcomeEClass = createEClass(EXPECTED_OUTCOME);
		createEAttribute(expectedOutcomeEClass, EXPECTED_OUTCOME__STATUS);
		createEAttribute(expectedOutcomeEClass, EXPECTED_OUTCOME__FIRMWARE_ERROR);
		createEAttribute(expectedOutcomeEClass, EXPECTED_OUTCOME__ERRNO);
		createEReference(expectedOutcomeEClass, EXPECTED_OUTCOME__REGISTERS);

		guestMemoryRegionEClass = createEClass(GUEST_MEMORY_REGION);
		createEAttribute(guestMemoryRegionEClass, GUEST_MEMORY_REGION__NAME);
		createEAttribute(guestMemoryRegionEClass, GUEST_MEMORY_REGION__GPA);
		createEAttribute(guestMemoryRegionEClass, GUEST_MEMORY_REGION__LENGTH);
		createEAttribute(guestMemoryRegionEClass, GUEST_MEMORY_REGION__PRIVATE_MEMORY);
		createEReference(guestMemoryRegionEClass, GUEST_MEMORY_REGION__PAGES);

		pageRangeEClass = createEClass(PAGE_RANGE);
		createEAttribute(pageRangeEClass, PAGE_RANGE__GPA);
		createEAttribute(pageRangeEClass, PAGE_RANGE__LENGTH);
		createEAttribute(pageRangeEClass, PAGE_RANGE__KIND);
		createEReference(pageRangeEClass, PAGE_RANGE__CONTENT);

		contentSourceEClass = createEClass(CONTENT_SOURCE);
		createEAttribute(contentSourceEClass, CONTENT_SOURCE__KIND);
		createEAttribute(contentSourceEClass, CONTENT_SOURCE__INPUT);
		createEAttribute(contentSourceEClass, CONTENT_SOURCE__OFFSET);
		createEAttribute(contentSourceEClass, CONTENT_SOURCE__LENGTH);
		createEAttribute(contentSourceEClass, CONTENT_SOURCE__DATA);
		createEAttribute(contentSourceEClass, CONTENT_SOURCE__DIGEST);

		vcpuStateEClass = createEClass(VCPU_STATE);
		createEAttribute(vcpuStateEClass, VCPU_STATE__INDEX);
		createEAttribute(vcpuStateEClass, VCPU_STATE__APIC_ID);
		createEAttribute(vcpuStateEClass, VCPU_STATE__DESCRIPTION);
		createEReference(vcpuStateEClass, VCPU_STATE__STATE);

		measurementRegisterEClass = createEClass(MEASUREMENT_REGISTER);
		createEAttribute(measurementRegisterEClass, MEASUREMENT_REGISTER__NAME);
		createEAttribute(measurementRegisterEClass, MEASUREMENT_REGISTER__WIDTH_BITS);
		createEAttribute(measurementRegisterEClass, MEASUREMENT_REGISTER__VALUE);
		createEReference(measurementRegisterEClass, MEASUREMENT_REGISTER__HISTORY);

		registerUpdateEClass = createEClass(REGISTER_UPDATE);
		createEAttribute(registerUpdateEClass, REGISTER_UPDATE__STEP_INDEX);
		createEAttribute(registerUpdateEClass, REGISTER_UPDATE__PAGE_GPA);
		createEAttribute(registerUpdateEClass, REGISTER_UPDATE__BEFORE);
		createEAttribute(registerUpdateEClass, REGISTER_UPDATE__AFTER);

		launchTraceEClass = createEClass(LAUNCH_TRACE);
		createEAttribute(launchTraceEClass, LAUNCH_TRACE__PLAN_NAME);
		createEAttribute(launchTraceEClass, LAUNCH_TRACE__PLAN_URI);
		createEAttribute(launchTraceEClass, LAUNCH_TRACE__BACKEND);
		createEAttribute(launchTraceEClass, LAUNCH_TRACE__VENDOR);
		createEAttribute(launchTraceEClass, LAUNCH_TRACE__VM_TYPE);
		createEAttribute(launchTraceEClass, LAUNCH_TRACE__STARTED_AT);
		createEReference(launchTraceEClass, LAUNCH_TRACE__RESULTS);

		stepResultEClass = createEClass(STEP_RESULT);
		createEAttribute(stepResultEClass, STEP_RESULT__STEP_INDEX);
		createEAttribute(stepResultEClass, STEP_RESULT__COMMAND);
		createEAttribute(stepResultEClass, STEP_RESULT__STATUS);
		createEAttribute(stepResultEClass, STEP_RESULT__RETURN_VALUE);
		createEAttribute(stepResultEClass, STEP_RESULT__ERRNO);
		createEAttribute(stepResultEClass, STEP_RESULT__FIRMWARE_ERROR);
		createEAttribute(stepResultEClass, STEP_RESULT__FIRMWARE_ERROR_NAME);
		createEAttribute(stepResultEClass, STEP_RESULT__MESSAGE);
		createEAttribute(stepResultEClass, STEP_RESULT__DURATION_NANOS);
		createEReference(stepResultEClass, STEP_RESULT__REGISTERS);
		createEReference(stepResultEClass, STEP_RESULT__CHANGED_PAGES);
		createEReference(stepResultEClass, STEP_RESULT__VCPUS);
		createEReference(stepResultEClass, STEP_RESULT__EXITS);
		createEReference(stepResultEClass, STEP_RESULT__DETAILS);

		registerValueEClass = createEClass(REGISTER_VALUE);
		createEAttribute(registerValueEClass, REGISTER_VALUE__NAME);
		createEAttribute(registerValueEClass, REGISTER_VALUE__VALUE);

		launchConfigEClass = createEClass(LAUNCH_CONFIG);
		createEAttribute(launchConfigEClass, LAUNCH_CONFIG__FIRMWARE);
		createEAttribute(launchConfigEClass, LAUNCH_CONFIG__KERNEL);
		createEAttribute(launchConfigEClass, LAUNCH_CONFIG__INITRD);
		createEAttribute(launchConfigEClass, LAUNCH_CONFIG__APPEND);
		createEAttribute(launchConfigEClass, LAUNCH_CONFIG__VCPUS);

		kvmCreateVmEClass = createEClass(KVM_CREATE_VM);
		createEAttribute(kvmCreateVmEClass, KVM_CREATE_VM__VM_TYPE);

		kvmInitVmEClass = createEClass(KVM_INIT_VM);
		createEAttribute(kvmInitVmEClass, KVM_INIT_VM__IDENTITY_MAP_ADDR);
		createEAttribute(kvmInitVmEClass, KVM_INIT_VM__TSS_ADDR);
		createEAttribute(kvmInitVmEClass, KVM_INIT_VM__IRQCHIP);
		createEAttribute(kvmInitVmEClass, KVM_INIT_VM__PIT);
		createEAttribute(kvmInitVmEClass, KVM_INIT_VM__SUPPORTED_CPUID);

		kvmSetMemoryRegionEClass = createEClass(KVM_SET_MEMORY_REGION);
		createEAttribute(kvmSetMemoryRegionEClass, KVM_SET_MEMORY_REGION__SLOT);
		createEAttribute(kvmSetMemoryRegionEClass, KVM_SET_MEMORY_REGION__GPA);
		createEAttribute(kvmSetMemoryRegionEClass, KVM_SET_MEMORY_REGION__SIZE);
		createEAttribute(kvmSetMemoryRegionEClass, KVM_SET_MEMORY_REGION__BELOW_FOUR_GI_B);
		createEAttribute(kvmSetMemoryRegionEClass, KVM_SET_MEMORY_REGION__READ_ONLY);
		createEAttribute(kvmSetMemoryRegionEClass, KVM_SET_MEMORY_REGION__GUEST_MEMFD);

		kvmCreateVcpuEClass = createEClass(KVM_CREATE_VCPU);
		createEAttribute(kvmCreateVcpuEClass, KVM_CREATE_VCPU__VCPU_ID);

		kvmRunEClass = createEClass(KVM_RUN);
		createEAttribute(kvmRunEClass, KVM_RUN__VCPU_ID);
		createEAttribute(kvmRunEClass, KVM_RUN__EXITS);

		kvmExitEClass = createEClass(KVM_EXIT);
		createEAttribute(kvmExitEClass, KVM_EXIT__INDEX);
		createEAttribute(kvmExitEClass, KVM_EXIT__REASON);
		createEAttribute(kvmExitEClass, KVM_EXIT__EXIT_REASON);
		createEAttribute(kvmExitEClass, KVM_EXIT__PORT);
		createEAttribute(kvmExitEClass, KVM_EXIT__WRITE);
		createEAttribute(kvmExitEClass, KVM_EXIT__SIZE);
		createEAttribute(kvmExitEClass, KVM_EXIT__COUNT);
		createEAttribute(kvmExitEClass, KVM_EXIT__DATA);
		createEAttribute(kvmExitEClass, KVM_EXIT__ADDRESS);
		createEAttribute(kvmExitEClass, KVM_EXIT__SUBCODE);
		createEAttribute(kvmExitEClass, KVM_EXIT__DETAILS);
		createEAttribute(kvmExitEClass, KVM_EXIT__RIP);
		createEAttribute(kvmExitEClass, KVM_EXIT__CS_BASE);

		genericParametersEClass = createEClass(GENERIC_PARAMETERS);
		createEReference(genericParametersEClass, GENERIC_PARAMETERS__ENTRIES);

		parameterEClass = createEClass(PARAMETER);
		createEAttribute(parameterEClass, PARAMETER__NAME);
		createEAttribute(parameterEClass, PARAMETER__VALUE);

		// Create enums
		kvmExitReasonEEnum = createEEnum(KVM_EXIT_REASON);
		vendorEEnum = createEEnum(VENDOR);
		vmTypeEEnum = createEEnum(VM_TYPE);
		phaseEEnum = createEEnum(PHASE);
		pageKindEEnum = createEEnum(PAGE_KIND);
		contentSourceKindEEnum = createEEnum(CONTENT_SOURCE_KIND);
		stepStatusEEnum = createEEnum(STEP_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized)
			return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(launchPlanEClass, LaunchPlan.class, "LaunchPlan", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLaunchPlan_Name(), ecorePackage.getEString(), "name", null, 0, 1, LaunchPlan.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchPlan_Description(), ecorePackage.getEString(), "description", null, 0, 1, //$NON-NLS-1$
				LaunchPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchPlan_Vendor(), this.getVendor(), "vendor", null, 0, 1, LaunchPlan.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchPlan_VmType(), this.getVmType(), "vmType", null, 0, 1, LaunchPlan.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchPlan_Preset(), ecorePackage.getEString(), "preset", null, 0, 1, LaunchPlan.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLaunchPlan_Inputs(), this.getLaunchInput(), null, "inputs", null, 0, -1, LaunchPlan.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLaunchPlan_MemoryRegions(), this.getGuestMemoryRegion(), null, "memoryRegions", null, 0, -1, //$NON-NLS-1$
				LaunchPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLaunchPlan_Vcpus(), this.getVcpuState(), null, "vcpus", null, 0, -1, LaunchPlan.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLaunchPlan_Registers(), this.getMeasurementRegister(), null, "registers", null, 0, -1, //$NON-NLS-1$
				LaunchPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLaunchPlan_Steps(), this.getStep(), null, "steps", null, 0, -1, LaunchPlan.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLaunchPlan_Host(), ecorePackage.getEObject(), null, "host", null, 0, 1, LaunchPlan.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(launchInputEClass, LaunchInput.class, "LaunchInput", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLaunchInput_Role(), ecorePackage.getEString(), "role", null, 0, 1, LaunchInput.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchInput_Path(), ecorePackage.getEString(), "path", null, 0, 1, LaunchInput.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchInput_Digest(), ecorePackage.getEString(), "digest", null, 0, 1, LaunchInput.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchInput_Value(), ecorePackage.getEString(), "value", null, 0, 1, LaunchInput.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepEClass, Step.class, "Step", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getStep_Name(), ecorePackage.getEString(), "name", null, 0, 1, Step.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Command(), ecorePackage.getEString(), "command", null, 0, 1, Step.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Phase(), this.getPhase(), "phase", null, 0, 1, Step.class, !IS_TRANSIENT, !IS_VOLATILE, //$NON-NLS-1$
				IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStep_Description(), ecorePackage.getEString(), "description", null, 0, 1, Step.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Parameters(), ecorePackage.getEObject(), null, "parameters", null, 0, 1, Step.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStep_Pages(), this.getPageRange(), null, "pages", null, 0, -1, Step.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getStep_ExpectedOutcome(), this.getExpectedOutcome(), null, "expectedOutcome", null, 0, 1, //$NON-NLS-1$
				Step.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(expectedOutcomeEClass, ExpectedOutcome.class, "ExpectedOutcome", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExpectedOutcome_Status(), this.getStepStatus(), "status", "SUCCESS", 0, 1, //$NON-NLS-1$//$NON-NLS-2$
				ExpectedOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectedOutcome_FirmwareError(), ecorePackage.getEString(), "firmwareError", null, 0, 1, //$NON-NLS-1$
				ExpectedOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getExpectedOutcome_Errno(), ecorePackage.getEInt(), "errno", null, 0, 1, ExpectedOutcome.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getExpectedOutcome_Registers(), this.getRegisterValue(), null, "registers", null, 0, -1, //$NON-NLS-1$
				ExpectedOutcome.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(guestMemoryRegionEClass, GuestMemoryRegion.class, "GuestMemoryRegion", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGuestMemoryRegion_Name(), ecorePackage.getEString(), "name", null, 0, 1, //$NON-NLS-1$
				GuestMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuestMemoryRegion_Gpa(), ecorePackage.getELong(), "gpa", null, 0, 1, GuestMemoryRegion.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuestMemoryRegion_Length(), ecorePackage.getELong(), "length", null, 0, 1, //$NON-NLS-1$
				GuestMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getGuestMemoryRegion_PrivateMemory(), ecorePackage.getEBoolean(), "privateMemory", null, 0, 1, //$NON-NLS-1$
				GuestMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getGuestMemoryRegion_Pages(), this.getPageRange(), null, "pages", null, 0, -1, //$NON-NLS-1$
				GuestMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pageRangeEClass, PageRange.class, "PageRange", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPageRange_Gpa(), ecorePackage.getELong(), "gpa", null, 0, 1, PageRange.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPageRange_Length(), ecorePackage.getELong(), "length", null, 0, 1, PageRange.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPageRange_Kind(), this.getPageKind(), "kind", null, 0, 1, PageRange.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPageRange_Content(), this.getContentSource(), null, "content", null, 0, 1, PageRange.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contentSourceEClass, ContentSource.class, "ContentSource", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContentSource_Kind(), this.getContentSourceKind(), "kind", null, 0, 1, ContentSource.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContentSource_Input(), ecorePackage.getEString(), "input", null, 0, 1, ContentSource.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContentSource_Offset(), ecorePackage.getELong(), "offset", null, 0, 1, ContentSource.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContentSource_Length(), ecorePackage.getELong(), "length", null, 0, 1, ContentSource.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContentSource_Data(), ecorePackage.getEByteArray(), "data", null, 0, 1, ContentSource.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContentSource_Digest(), ecorePackage.getEString(), "digest", null, 0, 1, ContentSource.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vcpuStateEClass, VcpuState.class, "VcpuState", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVcpuState_Index(), ecorePackage.getEInt(), "index", null, 0, 1, VcpuState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVcpuState_ApicId(), ecorePackage.getEInt(), "apicId", null, 0, 1, VcpuState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVcpuState_Description(), ecorePackage.getEString(), "description", null, 0, 1, //$NON-NLS-1$
				VcpuState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getVcpuState_State(), ecorePackage.getEObject(), null, "state", null, 0, 1, VcpuState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(measurementRegisterEClass, MeasurementRegister.class, "MeasurementRegister", !IS_ABSTRACT, //$NON-NLS-1$
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMeasurementRegister_Name(), ecorePackage.getEString(), "name", null, 0, 1, //$NON-NLS-1$
				MeasurementRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurementRegister_WidthBits(), ecorePackage.getEInt(), "widthBits", null, 0, 1, //$NON-NLS-1$
				MeasurementRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMeasurementRegister_Value(), ecorePackage.getEByteArray(), "value", null, 0, 1, //$NON-NLS-1$
				MeasurementRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMeasurementRegister_History(), this.getRegisterUpdate(), null, "history", null, 0, -1, //$NON-NLS-1$
				MeasurementRegister.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registerUpdateEClass, RegisterUpdate.class, "RegisterUpdate", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegisterUpdate_StepIndex(), ecorePackage.getEInt(), "stepIndex", null, 0, 1, //$NON-NLS-1$
				RegisterUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisterUpdate_PageGpa(), ecorePackage.getELong(), "pageGpa", null, 0, 1, //$NON-NLS-1$
				RegisterUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisterUpdate_Before(), ecorePackage.getEByteArray(), "before", null, 0, 1, //$NON-NLS-1$
				RegisterUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisterUpdate_After(), ecorePackage.getEByteArray(), "after", null, 0, 1, //$NON-NLS-1$
				RegisterUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(launchTraceEClass, LaunchTrace.class, "LaunchTrace", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLaunchTrace_PlanName(), ecorePackage.getEString(), "planName", null, 0, 1, LaunchTrace.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchTrace_PlanUri(), ecorePackage.getEString(), "planUri", null, 0, 1, LaunchTrace.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchTrace_Backend(), ecorePackage.getEString(), "backend", null, 0, 1, LaunchTrace.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchTrace_Vendor(), this.getVendor(), "vendor", null, 0, 1, LaunchTrace.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchTrace_VmType(), this.getVmType(), "vmType", null, 0, 1, LaunchTrace.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchTrace_StartedAt(), ecorePackage.getEDate(), "startedAt", null, 0, 1, LaunchTrace.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLaunchTrace_Results(), this.getStepResult(), null, "results", null, 0, -1, LaunchTrace.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(stepResultEClass, StepResult.class, "StepResult", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStepResult_StepIndex(), ecorePackage.getEInt(), "stepIndex", null, 0, 1, StepResult.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Command(), ecorePackage.getEString(), "command", null, 0, 1, StepResult.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Status(), this.getStepStatus(), "status", null, 0, 1, StepResult.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_ReturnValue(), ecorePackage.getEInt(), "returnValue", null, 0, 1, StepResult.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Errno(), ecorePackage.getEInt(), "errno", null, 0, 1, StepResult.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_FirmwareError(), ecorePackage.getELong(), "firmwareError", null, 0, 1, //$NON-NLS-1$
				StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_FirmwareErrorName(), ecorePackage.getEString(), "firmwareErrorName", null, 0, 1, //$NON-NLS-1$
				StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_Message(), ecorePackage.getEString(), "message", null, 0, 1, StepResult.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStepResult_DurationNanos(), ecorePackage.getELong(), "durationNanos", null, 0, 1, //$NON-NLS-1$
				StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getStepResult_Registers(), this.getRegisterValue(), null, "registers", null, 0, -1, //$NON-NLS-1$
				StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStepResult_ChangedPages(), this.getPageRange(), null, "changedPages", null, 0, -1, //$NON-NLS-1$
				StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStepResult_Vcpus(), this.getVcpuState(), null, "vcpus", null, 0, -1, StepResult.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStepResult_Exits(), this.getKvmExit(), null, "exits", null, 0, -1, StepResult.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStepResult_Details(), ecorePackage.getEObject(), null, "details", null, 0, -1, //$NON-NLS-1$
				StepResult.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(registerValueEClass, RegisterValue.class, "RegisterValue", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegisterValue_Name(), ecorePackage.getEString(), "name", null, 0, 1, RegisterValue.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegisterValue_Value(), ecorePackage.getEByteArray(), "value", null, 0, 1, RegisterValue.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(launchConfigEClass, LaunchConfig.class, "LaunchConfig", IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLaunchConfig_Firmware(), ecorePackage.getEString(), "firmware", null, 0, 1, //$NON-NLS-1$
				LaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchConfig_Kernel(), ecorePackage.getEString(), "kernel", null, 0, 1, LaunchConfig.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchConfig_Initrd(), ecorePackage.getEString(), "initrd", null, 0, 1, LaunchConfig.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchConfig_Append(), ecorePackage.getEString(), "append", null, 0, 1, LaunchConfig.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLaunchConfig_Vcpus(), ecorePackage.getEInt(), "vcpus", null, 0, 1, LaunchConfig.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kvmCreateVmEClass, KvmCreateVm.class, "KvmCreateVm", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKvmCreateVm_VmType(), ecorePackage.getEInt(), "vmType", null, 0, 1, KvmCreateVm.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kvmInitVmEClass, KvmInitVm.class, "KvmInitVm", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKvmInitVm_IdentityMapAddr(), ecorePackage.getELong(), "identityMapAddr", "4278173696", 0, 1, //$NON-NLS-1$//$NON-NLS-2$
				KvmInitVm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmInitVm_TssAddr(), ecorePackage.getELong(), "tssAddr", "4278177792", 0, 1, KvmInitVm.class, //$NON-NLS-1$//$NON-NLS-2$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmInitVm_Irqchip(), ecorePackage.getEBoolean(), "irqchip", "true", 0, 1, KvmInitVm.class, //$NON-NLS-1$//$NON-NLS-2$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmInitVm_Pit(), ecorePackage.getEBoolean(), "pit", "true", 0, 1, KvmInitVm.class, //$NON-NLS-1$//$NON-NLS-2$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmInitVm_SupportedCpuid(), ecorePackage.getEBoolean(), "supportedCpuid", "true", 0, 1, //$NON-NLS-1$//$NON-NLS-2$
				KvmInitVm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(kvmSetMemoryRegionEClass, KvmSetMemoryRegion.class, "KvmSetMemoryRegion", !IS_ABSTRACT, //$NON-NLS-1$
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKvmSetMemoryRegion_Slot(), ecorePackage.getEInt(), "slot", null, 0, 1, //$NON-NLS-1$
				KvmSetMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmSetMemoryRegion_Gpa(), ecorePackage.getELong(), "gpa", null, 0, 1, //$NON-NLS-1$
				KvmSetMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmSetMemoryRegion_Size(), ecorePackage.getELong(), "size", null, 0, 1, //$NON-NLS-1$
				KvmSetMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmSetMemoryRegion_BelowFourGiB(), ecorePackage.getEBoolean(), "belowFourGiB", null, 0, 1, //$NON-NLS-1$
				KvmSetMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmSetMemoryRegion_ReadOnly(), ecorePackage.getEBoolean(), "readOnly", null, 0, 1, //$NON-NLS-1$
				KvmSetMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmSetMemoryRegion_GuestMemfd(), ecorePackage.getEBoolean(), "guestMemfd", null, 0, 1, //$NON-NLS-1$
				KvmSetMemoryRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(kvmCreateVcpuEClass, KvmCreateVcpu.class, "KvmCreateVcpu", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKvmCreateVcpu_VcpuId(), ecorePackage.getEInt(), "vcpuId", null, 0, 1, KvmCreateVcpu.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kvmRunEClass, KvmRun.class, "KvmRun", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getKvmRun_VcpuId(), ecorePackage.getEInt(), "vcpuId", null, 0, 1, KvmRun.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmRun_Exits(), ecorePackage.getEInt(), "exits", "1", 0, 1, KvmRun.class, !IS_TRANSIENT, //$NON-NLS-1$//$NON-NLS-2$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kvmExitEClass, KvmExit.class, "KvmExit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getKvmExit_Index(), ecorePackage.getEInt(), "index", null, 0, 1, KvmExit.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Reason(), this.getKvmExitReason(), "reason", null, 0, 1, KvmExit.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_ExitReason(), ecorePackage.getEInt(), "exitReason", null, 0, 1, KvmExit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Port(), ecorePackage.getEInt(), "port", null, 0, 1, KvmExit.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Write(), ecorePackage.getEBoolean(), "write", null, 0, 1, KvmExit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Size(), ecorePackage.getEInt(), "size", null, 0, 1, KvmExit.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Count(), ecorePackage.getEInt(), "count", null, 0, 1, KvmExit.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Data(), ecorePackage.getEByteArray(), "data", null, 0, 1, KvmExit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Address(), ecorePackage.getELong(), "address", null, 0, 1, KvmExit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Subcode(), ecorePackage.getELong(), "subcode", null, 0, 1, KvmExit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Details(), ecorePackage.getEString(), "details", null, 0, 1, KvmExit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_Rip(), ecorePackage.getELong(), "rip", null, 0, 1, KvmExit.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKvmExit_CsBase(), ecorePackage.getELong(), "csBase", null, 0, 1, KvmExit.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(genericParametersEClass, GenericParameters.class, "GenericParameters", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGenericParameters_Entries(), this.getParameter(), null, "entries", null, 0, -1, //$NON-NLS-1$
				GenericParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(parameterEClass, Parameter.class, "Parameter", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getParameter_Name(), ecorePackage.getEString(), "name", null, 0, 1, Parameter.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getParameter_Value(), ecorePackage.getEString(), "value", null, 0, 1, Parameter.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(kvmExitReasonEEnum, KvmExitReason.class, "KvmExitReason"); //$NON-NLS-1$
		addEEnumLiteral(kvmExitReasonEEnum, KvmExitReason.IO);
		addEEnumLiteral(kvmExitReasonEEnum, KvmExitReason.MMIO);
		addEEnumLiteral(kvmExitReasonEEnum, KvmExitReason.HLT);
		addEEnumLiteral(kvmExitReasonEEnum, KvmExitReason.SHUTDOWN);
		addEEnumLiteral(kvmExitReasonEEnum, KvmExitReason.INTERNAL_ERROR);
		addEEnumLiteral(kvmExitReasonEEnum, KvmExitReason.FAIL_ENTRY);
		addEEnumLiteral(kvmExitReasonEEnum, KvmExitReason.OTHER);

		initEEnum(vendorEEnum, Vendor.class, "Vendor"); //$NON-NLS-1$
		addEEnumLiteral(vendorEEnum, Vendor.AMD);
		addEEnumLiteral(vendorEEnum, Vendor.INTEL);
		addEEnumLiteral(vendorEEnum, Vendor.NONE);

		initEEnum(vmTypeEEnum, VmType.class, "VmType"); //$NON-NLS-1$
		addEEnumLiteral(vmTypeEEnum, VmType.DEFAULT);
		addEEnumLiteral(vmTypeEEnum, VmType.SW_PROTECTED);
		addEEnumLiteral(vmTypeEEnum, VmType.SEV);
		addEEnumLiteral(vmTypeEEnum, VmType.SEV_ES);
		addEEnumLiteral(vmTypeEEnum, VmType.SNP);
		addEEnumLiteral(vmTypeEEnum, VmType.TDX);

		initEEnum(phaseEEnum, Phase.class, "Phase"); //$NON-NLS-1$
		addEEnumLiteral(phaseEEnum, Phase.CREATE);
		addEEnumLiteral(phaseEEnum, Phase.INIT_VM);
		addEEnumLiteral(phaseEEnum, Phase.UPDATE);
		addEEnumLiteral(phaseEEnum, Phase.INIT_VCPU);
		addEEnumLiteral(phaseEEnum, Phase.MEASURE);
		addEEnumLiteral(phaseEEnum, Phase.FINALIZE);
		addEEnumLiteral(phaseEEnum, Phase.RUN);

		initEEnum(pageKindEEnum, PageKind.class, "PageKind"); //$NON-NLS-1$
		addEEnumLiteral(pageKindEEnum, PageKind.NORMAL);
		addEEnumLiteral(pageKindEEnum, PageKind.ZERO);
		addEEnumLiteral(pageKindEEnum, PageKind.UNMEASURED);
		addEEnumLiteral(pageKindEEnum, PageKind.SECRETS);
		addEEnumLiteral(pageKindEEnum, PageKind.CPUID);
		addEEnumLiteral(pageKindEEnum, PageKind.VMSA);
		addEEnumLiteral(pageKindEEnum, PageKind.AUG);
		addEEnumLiteral(pageKindEEnum, PageKind.SHARED);

		initEEnum(contentSourceKindEEnum, ContentSourceKind.class, "ContentSourceKind"); //$NON-NLS-1$
		addEEnumLiteral(contentSourceKindEEnum, ContentSourceKind.NONE);
		addEEnumLiteral(contentSourceKindEEnum, ContentSourceKind.FIRMWARE);
		addEEnumLiteral(contentSourceKindEEnum, ContentSourceKind.KERNEL);
		addEEnumLiteral(contentSourceKindEEnum, ContentSourceKind.INITRD);
		addEEnumLiteral(contentSourceKindEEnum, ContentSourceKind.CMDLINE);
		addEEnumLiteral(contentSourceKindEEnum, ContentSourceKind.GENERATED);
		addEEnumLiteral(contentSourceKindEEnum, ContentSourceKind.INLINE);

		initEEnum(stepStatusEEnum, StepStatus.class, "StepStatus"); //$NON-NLS-1$
		addEEnumLiteral(stepStatusEEnum, StepStatus.PENDING);
		addEEnumLiteral(stepStatusEEnum, StepStatus.SUCCESS);
		addEEnumLiteral(stepStatusEEnum, StepStatus.FAILED);
		addEEnumLiteral(stepStatusEEnum, StepStatus.SKIPPED);

		// Create resource
		createResource(eNS_URI);
	}

} //ModelPackageImpl
