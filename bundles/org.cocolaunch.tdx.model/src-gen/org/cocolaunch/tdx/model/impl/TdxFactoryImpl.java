/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.tdx.model.*;

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
public class TdxFactoryImpl extends EFactoryImpl implements TdxFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TdxFactory init() {
		try {
			TdxFactory theTdxFactory = (TdxFactory) EPackage.Registry.INSTANCE.getEFactory(TdxPackage.eNS_URI);
			if (theTdxFactory != null) {
				return theTdxFactory;
			}
		} catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TdxFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdxFactoryImpl() {
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
		case TdxPackage.TDX_HOST:
			return createTdxHost();
		case TdxPackage.TDX_INIT_VM:
			return createTdxInitVm();
		case TdxPackage.CPUID_ENTRY:
			return createCpuidEntry();
		case TdxPackage.TD_PARAMS:
			return createTdParams();
		case TdxPackage.TDX_INIT_VCPU:
			return createTdxInitVcpu();
		case TdxPackage.TDX_INIT_MEM_REGION:
			return createTdxInitMemRegion();
		case TdxPackage.TDX_FINALIZE_VM:
			return createTdxFinalizeVm();
		case TdxPackage.TD_STATE:
			return createTdState();
		case TdxPackage.TD_VCPU_STATE:
			return createTdVcpuState();
		case TdxPackage.TDX_LAUNCH_CONFIG:
			return createTdxLaunchConfig();
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
		case TdxPackage.TD_ATTRIBUTE:
			return createTdAttributeFromString(eDataType, initialValue);
		case TdxPackage.XFAM_COMPONENT:
			return createXfamComponentFromString(eDataType, initialValue);
		case TdxPackage.TD_OP_STATE:
			return createTdOpStateFromString(eDataType, initialValue);
		case TdxPackage.TD_LIFECYCLE_STATE:
			return createTdLifecycleStateFromString(eDataType, initialValue);
		case TdxPackage.VCPU_TD_STATE:
			return createVcpuTdStateFromString(eDataType, initialValue);
		case TdxPackage.TDVF_SECTION_KIND:
			return createTdvfSectionKindFromString(eDataType, initialValue);
		case TdxPackage.MEASURE_ORDER:
			return createMeasureOrderFromString(eDataType, initialValue);
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
		case TdxPackage.TD_ATTRIBUTE:
			return convertTdAttributeToString(eDataType, instanceValue);
		case TdxPackage.XFAM_COMPONENT:
			return convertXfamComponentToString(eDataType, instanceValue);
		case TdxPackage.TD_OP_STATE:
			return convertTdOpStateToString(eDataType, instanceValue);
		case TdxPackage.TD_LIFECYCLE_STATE:
			return convertTdLifecycleStateToString(eDataType, instanceValue);
		case TdxPackage.VCPU_TD_STATE:
			return convertVcpuTdStateToString(eDataType, instanceValue);
		case TdxPackage.TDVF_SECTION_KIND:
			return convertTdvfSectionKindToString(eDataType, instanceValue);
		case TdxPackage.MEASURE_ORDER:
			return convertMeasureOrderToString(eDataType, instanceValue);
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
	public TdxHost createTdxHost() {
		TdxHostImpl tdxHost = new TdxHostImpl();
		return tdxHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdxInitVm createTdxInitVm() {
		TdxInitVmImpl tdxInitVm = new TdxInitVmImpl();
		return tdxInitVm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CpuidEntry createCpuidEntry() {
		CpuidEntryImpl cpuidEntry = new CpuidEntryImpl();
		return cpuidEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdParams createTdParams() {
		TdParamsImpl tdParams = new TdParamsImpl();
		return tdParams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdxInitVcpu createTdxInitVcpu() {
		TdxInitVcpuImpl tdxInitVcpu = new TdxInitVcpuImpl();
		return tdxInitVcpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdxInitMemRegion createTdxInitMemRegion() {
		TdxInitMemRegionImpl tdxInitMemRegion = new TdxInitMemRegionImpl();
		return tdxInitMemRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdxFinalizeVm createTdxFinalizeVm() {
		TdxFinalizeVmImpl tdxFinalizeVm = new TdxFinalizeVmImpl();
		return tdxFinalizeVm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdState createTdState() {
		TdStateImpl tdState = new TdStateImpl();
		return tdState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdVcpuState createTdVcpuState() {
		TdVcpuStateImpl tdVcpuState = new TdVcpuStateImpl();
		return tdVcpuState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdxLaunchConfig createTdxLaunchConfig() {
		TdxLaunchConfigImpl tdxLaunchConfig = new TdxLaunchConfigImpl();
		return tdxLaunchConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdAttribute createTdAttributeFromString(EDataType eDataType, String initialValue) {
		TdAttribute result = TdAttribute.get(initialValue);
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
	public String convertTdAttributeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public XfamComponent createXfamComponentFromString(EDataType eDataType, String initialValue) {
		XfamComponent result = XfamComponent.get(initialValue);
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
	public String convertXfamComponentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdOpState createTdOpStateFromString(EDataType eDataType, String initialValue) {
		TdOpState result = TdOpState.get(initialValue);
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
	public String convertTdOpStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdLifecycleState createTdLifecycleStateFromString(EDataType eDataType, String initialValue) {
		TdLifecycleState result = TdLifecycleState.get(initialValue);
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
	public String convertTdLifecycleStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VcpuTdState createVcpuTdStateFromString(EDataType eDataType, String initialValue) {
		VcpuTdState result = VcpuTdState.get(initialValue);
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
	public String convertVcpuTdStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TdvfSectionKind createTdvfSectionKindFromString(EDataType eDataType, String initialValue) {
		TdvfSectionKind result = TdvfSectionKind.get(initialValue);
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
	public String convertTdvfSectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureOrder createMeasureOrderFromString(EDataType eDataType, String initialValue) {
		MeasureOrder result = MeasureOrder.get(initialValue);
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
	public String convertMeasureOrderToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdxPackage getTdxPackage() {
		return (TdxPackage) getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TdxPackage getPackage() {
		return TdxPackage.eINSTANCE;
	}

} //TdxFactoryImpl
