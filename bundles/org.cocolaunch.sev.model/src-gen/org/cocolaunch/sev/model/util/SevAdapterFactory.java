/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.util;

import org.cocolaunch.model.LaunchConfig;
import org.cocolaunch.sev.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.cocolaunch.sev.model.SevPackage
 * @generated
 */
public class SevAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SevPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SevPackage.eINSTANCE;
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
	protected SevSwitch<Adapter> modelSwitch = new SevSwitch<Adapter>() {
		@Override
		public Adapter caseVmcbSegment(VmcbSegment object) {
			return createVmcbSegmentAdapter();
		}

		@Override
		public Adapter caseVmsa(Vmsa object) {
			return createVmsaAdapter();
		}

		@Override
		public Adapter caseSevInit(SevInit object) {
			return createSevInitAdapter();
		}

		@Override
		public Adapter caseSevLegacyInit(SevLegacyInit object) {
			return createSevLegacyInitAdapter();
		}

		@Override
		public Adapter caseSevLaunchStart(SevLaunchStart object) {
			return createSevLaunchStartAdapter();
		}

		@Override
		public Adapter caseSevLaunchUpdateData(SevLaunchUpdateData object) {
			return createSevLaunchUpdateDataAdapter();
		}

		@Override
		public Adapter caseSevLaunchUpdateVmsa(SevLaunchUpdateVmsa object) {
			return createSevLaunchUpdateVmsaAdapter();
		}

		@Override
		public Adapter caseSevLaunchMeasure(SevLaunchMeasure object) {
			return createSevLaunchMeasureAdapter();
		}

		@Override
		public Adapter caseSevLaunchSecret(SevLaunchSecret object) {
			return createSevLaunchSecretAdapter();
		}

		@Override
		public Adapter caseSevLaunchFinish(SevLaunchFinish object) {
			return createSevLaunchFinishAdapter();
		}

		@Override
		public Adapter caseSevGuestStatus(SevGuestStatus object) {
			return createSevGuestStatusAdapter();
		}

		@Override
		public Adapter caseSnpLaunchStart(SnpLaunchStart object) {
			return createSnpLaunchStartAdapter();
		}

		@Override
		public Adapter caseSnpLaunchUpdate(SnpLaunchUpdate object) {
			return createSnpLaunchUpdateAdapter();
		}

		@Override
		public Adapter caseSnpCpuidFunction(SnpCpuidFunction object) {
			return createSnpCpuidFunctionAdapter();
		}

		@Override
		public Adapter caseSnpCpuidMismatch(SnpCpuidMismatch object) {
			return createSnpCpuidMismatchAdapter();
		}

		@Override
		public Adapter caseSevHost(SevHost object) {
			return createSevHostAdapter();
		}

		@Override
		public Adapter caseSnpLaunchFinish(SnpLaunchFinish object) {
			return createSnpLaunchFinishAdapter();
		}

		@Override
		public Adapter caseSnpIdBlock(SnpIdBlock object) {
			return createSnpIdBlockAdapter();
		}

		@Override
		public Adapter caseSnpIdAuth(SnpIdAuth object) {
			return createSnpIdAuthAdapter();
		}

		@Override
		public Adapter caseEcdsaSignature(EcdsaSignature object) {
			return createEcdsaSignatureAdapter();
		}

		@Override
		public Adapter caseEcdsaPublicKey(EcdsaPublicKey object) {
			return createEcdsaPublicKeyAdapter();
		}

		@Override
		public Adapter caseSevLaunchConfig(SevLaunchConfig object) {
			return createSevLaunchConfigAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.VmcbSegment <em>Vmcb Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.VmcbSegment
	 * @generated
	 */
	public Adapter createVmcbSegmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.Vmsa <em>Vmsa</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.Vmsa
	 * @generated
	 */
	public Adapter createVmsaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevInit <em>Init</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevInit
	 * @generated
	 */
	public Adapter createSevInitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevLegacyInit <em>Legacy Init</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevLegacyInit
	 * @generated
	 */
	public Adapter createSevLegacyInitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevLaunchStart <em>Launch Start</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevLaunchStart
	 * @generated
	 */
	public Adapter createSevLaunchStartAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevLaunchUpdateData <em>Launch Update Data</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevLaunchUpdateData
	 * @generated
	 */
	public Adapter createSevLaunchUpdateDataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevLaunchUpdateVmsa <em>Launch Update Vmsa</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevLaunchUpdateVmsa
	 * @generated
	 */
	public Adapter createSevLaunchUpdateVmsaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevLaunchMeasure <em>Launch Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevLaunchMeasure
	 * @generated
	 */
	public Adapter createSevLaunchMeasureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevLaunchSecret <em>Launch Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevLaunchSecret
	 * @generated
	 */
	public Adapter createSevLaunchSecretAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevLaunchFinish <em>Launch Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevLaunchFinish
	 * @generated
	 */
	public Adapter createSevLaunchFinishAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevGuestStatus <em>Guest Status</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevGuestStatus
	 * @generated
	 */
	public Adapter createSevGuestStatusAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SnpLaunchStart <em>Snp Launch Start</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SnpLaunchStart
	 * @generated
	 */
	public Adapter createSnpLaunchStartAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SnpLaunchUpdate <em>Snp Launch Update</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SnpLaunchUpdate
	 * @generated
	 */
	public Adapter createSnpLaunchUpdateAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SnpCpuidFunction <em>Snp Cpuid Function</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SnpCpuidFunction
	 * @generated
	 */
	public Adapter createSnpCpuidFunctionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SnpCpuidMismatch <em>Snp Cpuid Mismatch</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SnpCpuidMismatch
	 * @generated
	 */
	public Adapter createSnpCpuidMismatchAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevHost
	 * @generated
	 */
	public Adapter createSevHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SnpLaunchFinish <em>Snp Launch Finish</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SnpLaunchFinish
	 * @generated
	 */
	public Adapter createSnpLaunchFinishAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SnpIdBlock <em>Snp Id Block</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SnpIdBlock
	 * @generated
	 */
	public Adapter createSnpIdBlockAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SnpIdAuth <em>Snp Id Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SnpIdAuth
	 * @generated
	 */
	public Adapter createSnpIdAuthAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.EcdsaSignature <em>Ecdsa Signature</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.EcdsaSignature
	 * @generated
	 */
	public Adapter createEcdsaSignatureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.EcdsaPublicKey <em>Ecdsa Public Key</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.EcdsaPublicKey
	 * @generated
	 */
	public Adapter createEcdsaPublicKeyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.cocolaunch.sev.model.SevLaunchConfig <em>Launch Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.cocolaunch.sev.model.SevLaunchConfig
	 * @generated
	 */
	public Adapter createSevLaunchConfigAdapter() {
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

} //SevAdapterFactory
