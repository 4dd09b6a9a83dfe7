/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import org.cocolaunch.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelFactoryImpl extends EFactoryImpl implements ModelFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ModelFactory init() {
		try {
			ModelFactory theModelFactory = (ModelFactory) EPackage.Registry.INSTANCE.getEFactory(ModelPackage.eNS_URI);
			if (theModelFactory != null) {
				return theModelFactory;
			}
		} catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ModelFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
		case ModelPackage.LAUNCH_PLAN:
			return createLaunchPlan();
		case ModelPackage.LAUNCH_INPUT:
			return createLaunchInput();
		case ModelPackage.STEP:
			return createStep();
		case ModelPackage.EXPECTED_OUTCOME:
			return createExpectedOutcome();
		case ModelPackage.GUEST_MEMORY_REGION:
			return createGuestMemoryRegion();
		case ModelPackage.PAGE_RANGE:
			return createPageRange();
		case ModelPackage.CONTENT_SOURCE:
			return createContentSource();
		case ModelPackage.VCPU_STATE:
			return createVcpuState();
		case ModelPackage.MEASUREMENT_REGISTER:
			return createMeasurementRegister();
		case ModelPackage.REGISTER_UPDATE:
			return createRegisterUpdate();
		case ModelPackage.LAUNCH_TRACE:
			return createLaunchTrace();
		case ModelPackage.STEP_RESULT:
			return createStepResult();
		case ModelPackage.REGISTER_VALUE:
			return createRegisterValue();
		case ModelPackage.KVM_CREATE_VM:
			return createKvmCreateVm();
		case ModelPackage.KVM_INIT_VM:
			return createKvmInitVm();
		case ModelPackage.KVM_SET_MEMORY_REGION:
			return createKvmSetMemoryRegion();
		case ModelPackage.KVM_CREATE_VCPU:
			return createKvmCreateVcpu();
		case ModelPackage.KVM_RUN:
			return createKvmRun();
		case ModelPackage.KVM_EXIT:
			return createKvmExit();
		case ModelPackage.GENERIC_PARAMETERS:
			return createGenericParameters();
		case ModelPackage.PARAMETER:
			return createParameter();
		default:
			throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
		case ModelPackage.KVM_EXIT_REASON:
			return createKvmExitReasonFromString(eDataType, initialValue);
		case ModelPackage.VENDOR:
			return createVendorFromString(eDataType, initialValue);
		case ModelPackage.VM_TYPE:
			return createVmTypeFromString(eDataType, initialValue);
		case ModelPackage.PHASE:
			return createPhaseFromString(eDataType, initialValue);
		case ModelPackage.PAGE_KIND:
			return createPageKindFromString(eDataType, initialValue);
		case ModelPackage.CONTENT_SOURCE_KIND:
			return createContentSourceKindFromString(eDataType, initialValue);
		case ModelPackage.STEP_STATUS:
			return createStepStatusFromString(eDataType, initialValue);
		default:
			throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
		case ModelPackage.KVM_EXIT_REASON:
			return convertKvmExitReasonToString(eDataType, instanceValue);
		case ModelPackage.VENDOR:
			return convertVendorToString(eDataType, instanceValue);
		case ModelPackage.VM_TYPE:
			return convertVmTypeToString(eDataType, instanceValue);
		case ModelPackage.PHASE:
			return convertPhaseToString(eDataType, instanceValue);
		case ModelPackage.PAGE_KIND:
			return convertPageKindToString(eDataType, instanceValue);
		case ModelPackage.CONTENT_SOURCE_KIND:
			return convertContentSourceKindToString(eDataType, instanceValue);
		case ModelPackage.STEP_STATUS:
			return convertStepStatusToString(eDataType, instanceValue);
		default:
			throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LaunchPlan createLaunchPlan() {
		LaunchPlanImpl launchPlan = new LaunchPlanImpl();
		return launchPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LaunchInput createLaunchInput() {
		LaunchInputImpl launchInput = new LaunchInputImpl();
		return launchInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step createStep() {
		StepImpl step = new StepImpl();
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpectedOutcome createExpectedOutcome() {
		ExpectedOutcomeImpl expectedOutcome = new ExpectedOutcomeImpl();
		return expectedOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GuestMemoryRegion createGuestMemoryRegion() {
		GuestMemoryRegionImpl guestMemoryRegion = new GuestMemoryRegionImpl();
		return guestMemoryRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PageRange createPageRange() {
		PageRangeImpl pageRange = new PageRangeImpl();
		return pageRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentSource createContentSource() {
		ContentSourceImpl contentSource = new ContentSourceImpl();
		return contentSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VcpuState createVcpuState() {
		VcpuStateImpl vcpuState = new VcpuStateImpl();
		return vcpuState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasurementRegister createMeasurementRegister() {
		MeasurementRegisterImpl measurementRegister = new MeasurementRegisterImpl();
		return measurementRegister;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegisterUpdate createRegisterUpdate() {
		RegisterUpdateImpl registerUpdate = new RegisterUpdateImpl();
		return registerUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LaunchTrace createLaunchTrace() {
		LaunchTraceImpl launchTrace = new LaunchTraceImpl();
		return launchTrace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StepResult createStepResult() {
		StepResultImpl stepResult = new StepResultImpl();
		return stepResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegisterValue createRegisterValue() {
		RegisterValueImpl registerValue = new RegisterValueImpl();
		return registerValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KvmCreateVm createKvmCreateVm() {
		KvmCreateVmImpl kvmCreateVm = new KvmCreateVmImpl();
		return kvmCreateVm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KvmInitVm createKvmInitVm() {
		KvmInitVmImpl kvmInitVm = new KvmInitVmImpl();
		return kvmInitVm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KvmSetMemoryRegion createKvmSetMemoryRegion() {
		KvmSetMemoryRegionImpl kvmSetMemoryRegion = new KvmSetMemoryRegionImpl();
		return kvmSetMemoryRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KvmCreateVcpu createKvmCreateVcpu() {
		KvmCreateVcpuImpl kvmCreateVcpu = new KvmCreateVcpuImpl();
		return kvmCreateVcpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KvmRun createKvmRun() {
		KvmRunImpl kvmRun = new KvmRunImpl();
		return kvmRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KvmExit createKvmExit() {
		KvmExitImpl kvmExit = new KvmExitImpl();
		return kvmExit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenericParameters createGenericParameters() {
		GenericParametersImpl genericParameters = new GenericParametersImpl();
		return genericParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Parameter createParameter() {
		ParameterImpl parameter = new ParameterImpl();
		return parameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KvmExitReason createKvmExitReasonFromString(EDataType eDataType, String initialValue) {
		KvmExitReason result = KvmExitReason.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKvmExitReasonToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Vendor createVendorFromString(EDataType eDataType, String initialValue) {
		Vendor result = Vendor.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVendorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VmType createVmTypeFromString(EDataType eDataType, String initialValue) {
		VmType result = VmType.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVmTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Phase createPhaseFromString(EDataType eDataType, String initialValue) {
		Phase result = Phase.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PageKind createPageKindFromString(EDataType eDataType, String initialValue) {
		PageKind result = PageKind.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPageKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentSourceKind createContentSourceKindFromString(EDataType eDataType, String initialValue) {
		ContentSourceKind result = ContentSourceKind.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContentSourceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepStatus createStepStatusFromString(EDataType eDataType, String initialValue) {
		StepStatus result = StepStatus.get(initialValue);
		if (result == null)
			throw new IllegalArgumentException(
					"The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelPackage getModelPackage() {
		return (ModelPackage) getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ModelPackage getPackage() {
		return ModelPackage.eINSTANCE;
	}

} //ModelFactoryImpl
