/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.util;

import org.cocolaunch.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.cocolaunch.model.ModelPackage
 * @generated
 */
public class ModelAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ModelPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ModelAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ModelPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject) object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModelSwitch<Adapter> modelSwitch = new ModelSwitch<Adapter>() {
		@Override
		public Adapter caseLaunchPlan(LaunchPlan object) {
			return createLaunchPlanAdapter();
		}

		@Override
		public Adapter caseLaunchInput(LaunchInput object) {
			return createLaunchInputAdapter();
		}

		@Override
		public Adapter caseStep(Step object) {
			return createStepAdapter();
		}

		@Override
		public Adapter caseExpectedOutcome(ExpectedOutcome object) {
			return createExpectedOutcomeAdapter();
		}

		@Override
		public Adapter caseGuestMemoryRegion(GuestMemoryRegion object) {
			return createGuestMemoryRegionAdapter();
		}

		@Override
		public Adapter casePageRange(PageRange object) {
			return createPageRangeAdapter();
		}

		@Override
		public Adapter caseContentSource(ContentSource object) {
			return createContentSourceAdapter();
		}

		@Override
		public Adapter caseVcpuState(VcpuState object) {
			return createVcpuStateAdapter();
		}

		@Override
		public Adapter caseMeasurementRegister(MeasurementRegister object) {
			return createMeasurementRegisterAdapter();
		}

		@Override
		public Adapter caseRegisterUpdate(RegisterUpdate object) {
			return createRegisterUpdateAdapter();
		}

		@Override
		public Adapter caseLaunchTrace(LaunchTrace object) {
			return createLaunchTraceAdapter();
		}

		@Override
		public Adapter caseStepResult(StepResult object) {
			return createStepResultAdapter();
		}

		@Override
		public Adapter caseRegisterValue(RegisterValue object) {
			return createRegisterValueAdapter();
		}

		@Override
		public Adapter caseLaunchConfig(LaunchConfig object) {
			return createLaunchConfigAdapter();
		}

		@Override
		public Adapter caseKvmCreateVm(KvmCreateVm object) {
			return createKvmCreateVmAdapter();
		}

		@Override
		public Adapter caseKvmInitVm(KvmInitVm object) {
			return createKvmInitVmAdapter();
		}

		@Override
		public Adapter caseKvmSetMemoryRegion(KvmSetMemoryRegion object) {
			return createKvmSetMemoryRegionAdapter();
		}

		@Override
		public Adapter caseKvmCreateVcpu(KvmCreateVcpu object) {
			return createKvmCreateVcpuAdapter();
		}

		@Override
		public Adapter caseKvmRun(KvmRun object) {
			return createKvmRunAdapter();
		}

		@Override
		public Adapter caseKvmExit(KvmExit object) {
			return createKvmExitAdapter();
		}

		@Override
		public Adapter caseGenericParameters(GenericParameters object) {
			return createGenericParametersAdapter();
		}

		@Override
		public Adapter caseParameter(Parameter object) {
			return createParameterAdapter();
		}

		@Override
		public Adapter defaultCase(EObject object) {
			return createEObjectAdapter();
		}
	};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject) target);
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.LaunchPlan <em>Launch Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.LaunchPlan
	 * @generated
	 */
	public Adapter createLaunchPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.LaunchInput <em>Launch Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.LaunchInput
	 * @generated
	 */
	public Adapter createLaunchInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.Step
	 * @generated
	 */
	public Adapter createStepAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.ExpectedOutcome <em>Expected Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.ExpectedOutcome
	 * @generated
	 */
	public Adapter createExpectedOutcomeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.GuestMemoryRegion <em>Guest Memory Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.GuestMemoryRegion
	 * @generated
	 */
	public Adapter createGuestMemoryRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.PageRange <em>Page Range</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.PageRange
	 * @generated
	 */
	public Adapter createPageRangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.ContentSource <em>Content Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.ContentSource
	 * @generated
	 */
	public Adapter createContentSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.VcpuState <em>Vcpu State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.VcpuState
	 * @generated
	 */
	public Adapter createVcpuStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.MeasurementRegister <em>Measurement Register</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.MeasurementRegister
	 * @generated
	 */
	public Adapter createMeasurementRegisterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.RegisterUpdate <em>Register Update</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.RegisterUpdate
	 * @generated
	 */
	public Adapter createRegisterUpdateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.LaunchTrace <em>Launch Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.LaunchTrace
	 * @generated
	 */
	public Adapter createLaunchTraceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.StepResult <em>Step Result</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.StepResult
	 * @generated
	 */
	public Adapter createStepResultAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.RegisterValue <em>Register Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.RegisterValue
	 * @generated
	 */
	public Adapter createRegisterValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.LaunchConfig <em>Launch Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.LaunchConfig
	 * @generated
	 */
	public Adapter createLaunchConfigAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.KvmCreateVm <em>Kvm Create Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.KvmCreateVm
	 * @generated
	 */
	public Adapter createKvmCreateVmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.KvmInitVm <em>Kvm Init Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.KvmInitVm
	 * @generated
	 */
	public Adapter createKvmInitVmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.KvmSetMemoryRegion <em>Kvm Set Memory Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.KvmSetMemoryRegion
	 * @generated
	 */
	public Adapter createKvmSetMemoryRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.KvmCreateVcpu <em>Kvm Create Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.KvmCreateVcpu
	 * @generated
	 */
	public Adapter createKvmCreateVcpuAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.KvmRun <em>Kvm Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.KvmRun
	 * @generated
	 */
	public Adapter createKvmRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.KvmExit <em>Kvm Exit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.KvmExit
	 * @generated
	 */
	public Adapter createKvmExitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.GenericParameters <em>Generic Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.GenericParameters
	 * @generated
	 */
	public Adapter createGenericParametersAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.model.Parameter
	 * @generated
	 */
	public Adapter createParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ModelAdapterFactory
