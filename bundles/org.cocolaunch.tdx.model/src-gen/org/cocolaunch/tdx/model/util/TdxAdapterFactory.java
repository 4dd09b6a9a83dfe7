/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.util;

import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.tdx.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.cocolaunch.tdx.model.TdxPackage
 * @generated
 */
public class TdxAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TdxPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdxAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = TdxPackage.eINSTANCE;
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
	protected TdxSwitch<Adapter> modelSwitch = new TdxSwitch<Adapter>() {
		@Override
		public Adapter caseTdxHost(TdxHost object) {
			return createTdxHostAdapter();
		}

		@Override
		public Adapter caseTdxInitVm(TdxInitVm object) {
			return createTdxInitVmAdapter();
		}

		@Override
		public Adapter caseCpuidEntry(CpuidEntry object) {
			return createCpuidEntryAdapter();
		}

		@Override
		public Adapter caseTdParams(TdParams object) {
			return createTdParamsAdapter();
		}

		@Override
		public Adapter caseTdxInitVcpu(TdxInitVcpu object) {
			return createTdxInitVcpuAdapter();
		}

		@Override
		public Adapter caseTdxInitMemRegion(TdxInitMemRegion object) {
			return createTdxInitMemRegionAdapter();
		}

		@Override
		public Adapter caseTdxFinalizeVm(TdxFinalizeVm object) {
			return createTdxFinalizeVmAdapter();
		}

		@Override
		public Adapter caseTdState(TdState object) {
			return createTdStateAdapter();
		}

		@Override
		public Adapter caseTdVcpuState(TdVcpuState object) {
			return createTdVcpuStateAdapter();
		}

		@Override
		public Adapter caseTdxLaunchConfig(TdxLaunchConfig object) {
			return createTdxLaunchConfigAdapter();
		}

		@Override
		public Adapter caseLaunchConfig(LaunchConfig object) {
			return createLaunchConfigAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdxHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdxHost
	 * @generated
	 */
	public Adapter createTdxHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdxInitVm <em>Init Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdxInitVm
	 * @generated
	 */
	public Adapter createTdxInitVmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.CpuidEntry <em>Cpuid Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.CpuidEntry
	 * @generated
	 */
	public Adapter createCpuidEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdParams <em>Td Params</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdParams
	 * @generated
	 */
	public Adapter createTdParamsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdxInitVcpu <em>Init Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdxInitVcpu
	 * @generated
	 */
	public Adapter createTdxInitVcpuAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdxInitMemRegion <em>Init Mem Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdxInitMemRegion
	 * @generated
	 */
	public Adapter createTdxInitMemRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdxFinalizeVm <em>Finalize Vm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdxFinalizeVm
	 * @generated
	 */
	public Adapter createTdxFinalizeVmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdState <em>Td State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdState
	 * @generated
	 */
	public Adapter createTdStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdVcpuState <em>Td Vcpu State</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdVcpuState
	 * @generated
	 */
	public Adapter createTdVcpuStateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.tdx.model.TdxLaunchConfig <em>Launch Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.tdx.model.TdxLaunchConfig
	 * @generated
	 */
	public Adapter createTdxLaunchConfigAdapter() {
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

} //TdxAdapterFactory
