/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.model.ModelPackage;

import org.cocolaunch.tdx.model.CpuidEntry;
import org.cocolaunch.tdx.model.MeasureOrder;
import org.cocolaunch.tdx.model.TdAttribute;
import org.cocolaunch.tdx.model.TdLifecycleState;
import org.cocolaunch.tdx.model.TdOpState;
import org.cocolaunch.tdx.model.TdParams;
import org.cocolaunch.tdx.model.TdState;
import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdvfSectionKind;
import org.cocolaunch.tdx.model.TdxFactory;
import org.cocolaunch.tdx.model.TdxFinalizeVm;
import org.cocolaunch.tdx.model.TdxHost;
import org.cocolaunch.tdx.model.TdxInitMemRegion;
import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxInitVm;
import org.cocolaunch.tdx.model.TdxLaunchConfig;
import org.cocolaunch.tdx.model.TdxPackage;
import org.cocolaunch.tdx.model.VcpuTdState;
import org.cocolaunch.tdx.model.XfamComponent;

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
public class TdxPackageImpl extends EPackageImpl implements TdxPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdxHostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdxInitVmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cpuidEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdParamsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdxInitVcpuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdxInitMemRegionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdxFinalizeVmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdVcpuStateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass tdxLaunchConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tdAttributeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum xfamComponentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tdOpStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tdLifecycleStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vcpuTdStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum tdvfSectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureOrderEEnum = null;

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
	 * @see org.cocolaunch.tdx.model.TdxPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TdxPackageImpl() {
		super(eNS_URI, TdxFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link TdxPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TdxPackage init() {
		if (isInited)
			return (TdxPackage) EPackage.Registry.INSTANCE.getEPackage(TdxPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTdxPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TdxPackageImpl theTdxPackage = registeredTdxPackage instanceof TdxPackageImpl
				? (TdxPackageImpl) registeredTdxPackage
				: new TdxPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		ModelPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theTdxPackage.createPackageContents();

		// Initialize created meta-data
		theTdxPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTdxPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TdxPackage.eNS_URI, theTdxPackage);
		return theTdxPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdxHost() {
		return tdxHostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxHost_TdxEnabled() {
		return (EAttribute) tdxHostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdxInitVm() {
		return tdxInitVmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVm_Attributes() {
		return (EAttribute) tdxInitVmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVm_AttributeBits() {
		return (EAttribute) tdxInitVmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVm_Xfam() {
		return (EAttribute) tdxInitVmEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVm_XfamBits() {
		return (EAttribute) tdxInitVmEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVm_MrConfigId() {
		return (EAttribute) tdxInitVmEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVm_MrOwner() {
		return (EAttribute) tdxInitVmEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVm_MrOwnerConfig() {
		return (EAttribute) tdxInitVmEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTdxInitVm_Cpuid() {
		return (EReference) tdxInitVmEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCpuidEntry() {
		return cpuidEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuidEntry_Function() {
		return (EAttribute) cpuidEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuidEntry_Index() {
		return (EAttribute) cpuidEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuidEntry_Flags() {
		return (EAttribute) cpuidEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuidEntry_Eax() {
		return (EAttribute) cpuidEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuidEntry_Ebx() {
		return (EAttribute) cpuidEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuidEntry_Ecx() {
		return (EAttribute) cpuidEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCpuidEntry_Edx() {
		return (EAttribute) cpuidEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdParams() {
		return tdParamsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_Attributes() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_AttributeBits() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_Xfam() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_XfamBits() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_MaxVcpus() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_EptpControls() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_ConfigFlags() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_TscFrequency() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_MrConfigId() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_MrOwner() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdParams_MrOwnerConfig() {
		return (EAttribute) tdParamsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTdParams_CpuidValues() {
		return (EReference) tdParamsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdxInitVcpu() {
		return tdxInitVcpuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVcpu_VcpuIndex() {
		return (EAttribute) tdxInitVcpuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVcpu_Rcx() {
		return (EAttribute) tdxInitVcpuEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitVcpu_Flags() {
		return (EAttribute) tdxInitVcpuEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdxInitMemRegion() {
		return tdxInitMemRegionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_SourceAddr() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_Gpa() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_NrPages() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_Flags() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_Measure() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_MeasureOrder() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_VcpuIndex() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_SectionIndex() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_SectionType() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxInitMemRegion_SectionAttributes() {
		return (EAttribute) tdxInitMemRegionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdxFinalizeVm() {
		return tdxFinalizeVmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdState() {
		return tdStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdState_LifecycleState() {
		return (EAttribute) tdStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdState_HkidAssigned() {
		return (EAttribute) tdStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdState_OpState() {
		return (EAttribute) tdStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdState_PagesAdded() {
		return (EAttribute) tdStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdState_ChunksExtended() {
		return (EAttribute) tdStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdState_PagesAugmented() {
		return (EAttribute) tdStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTdState_TdParams() {
		return (EReference) tdStateEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdVcpuState() {
		return tdVcpuStateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdVcpuState_VcpuIndex() {
		return (EAttribute) tdVcpuStateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdVcpuState_State() {
		return (EAttribute) tdVcpuStateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdVcpuState_X2apicId() {
		return (EAttribute) tdVcpuStateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdVcpuState_Rcx() {
		return (EAttribute) tdVcpuStateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdVcpuState_Rip() {
		return (EAttribute) tdVcpuStateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdVcpuState_RegistersReadable() {
		return (EAttribute) tdVcpuStateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTdxLaunchConfig() {
		return tdxLaunchConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxLaunchConfig_PageOrder() {
		return (EAttribute) tdxLaunchConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTdxLaunchConfig_Memory() {
		return (EAttribute) tdxLaunchConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTdAttribute() {
		return tdAttributeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getXfamComponent() {
		return xfamComponentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTdOpState() {
		return tdOpStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTdLifecycleState() {
		return tdLifecycleStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVcpuTdState() {
		return vcpuTdStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTdvfSectionKind() {
		return tdvfSectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureOrder() {
		return measureOrderEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdxFactory getTdxFactory() {
		return (TdxFactory) getEFactoryInstance();
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
		tdxHostEClass = createEClass(TDX_HOST);
		createEAttribute(tdxHostEClass, TDX_HOST__TDX_ENABLED);

		tdxInitVmEClass = createEClass(TDX_INIT_VM);
		createEAttribute(tdxInitVmEClass, TDX_INIT_VM__ATTRIBUTES);
		createEAttribute(tdxInitVmEClass, TDX_INIT_VM__ATTRIBUTE_BITS);
		createEAttribute(tdxInitVmEClass, TDX_INIT_VM__XFAM);
		createEAttribute(tdxInitVmEClass, TDX_INIT_VM__XFAM_BITS);
		createEAttribute(tdxInitVmEClass, TDX_INIT_VM__MR_CONFIG_ID);
		createEAttribute(tdxInitVmEClass, TDX_INIT_VM__MR_OWNER);
		createEAttribute(tdxInitVmEClass, TDX_INIT_VM__MR_OWNER_CONFIG);
		createEReference(tdxInitVmEClass, TDX_INIT_VM__CPUID);

		cpuidEntryEClass = createEClass(CPUID_ENTRY);
		createEAttribute(cpuidEntryEClass, CPUID_ENTRY__FUNCTION);
		createEAttribute(cpuidEntryEClass, CPUID_ENTRY__INDEX);
		createEAttribute(cpuidEntryEClass, CPUID_ENTRY__FLAGS);
		createEAttribute(cpuidEntryEClass, CPUID_ENTRY__EAX);
		createEAttribute(cpuidEntryEClass, CPUID_ENTRY__EBX);
		createEAttribute(cpuidEntryEClass, CPUID_ENTRY__ECX);
		createEAttribute(cpuidEntryEClass, CPUID_ENTRY__EDX);

		tdParamsEClass = createEClass(TD_PARAMS);
		createEAttribute(tdParamsEClass, TD_PARAMS__ATTRIBUTES);
		createEAttribute(tdParamsEClass, TD_PARAMS__ATTRIBUTE_BITS);
		createEAttribute(tdParamsEClass, TD_PARAMS__XFAM);
		createEAttribute(tdParamsEClass, TD_PARAMS__XFAM_BITS);
		createEAttribute(tdParamsEClass, TD_PARAMS__MAX_VCPUS);
		createEAttribute(tdParamsEClass, TD_PARAMS__EPTP_CONTROLS);
		createEAttribute(tdParamsEClass, TD_PARAMS__CONFIG_FLAGS);
		createEAttribute(tdParamsEClass, TD_PARAMS__TSC_FREQUENCY);
		createEAttribute(tdParamsEClass, TD_PARAMS__MR_CONFIG_ID);
		createEAttribute(tdParamsEClass, TD_PARAMS__MR_OWNER);
		createEAttribute(tdParamsEClass, TD_PARAMS__MR_OWNER_CONFIG);
		createEReference(tdParamsEClass, TD_PARAMS__CPUID_VALUES);

		tdxInitVcpuEClass = createEClass(TDX_INIT_VCPU);
		createEAttribute(tdxInitVcpuEClass, TDX_INIT_VCPU__VCPU_INDEX);
		createEAttribute(tdxInitVcpuEClass, TDX_INIT_VCPU__RCX);
		createEAttribute(tdxInitVcpuEClass, TDX_INIT_VCPU__FLAGS);

		tdxInitMemRegionEClass = createEClass(TDX_INIT_MEM_REGION);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__SOURCE_ADDR);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__GPA);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__NR_PAGES);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__FLAGS);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__MEASURE);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__MEASURE_ORDER);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__VCPU_INDEX);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__SECTION_INDEX);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__SECTION_TYPE);
		createEAttribute(tdxInitMemRegionEClass, TDX_INIT_MEM_REGION__SECTION_ATTRIBUTES);

		tdxFinalizeVmEClass = createEClass(TDX_FINALIZE_VM);

		tdStateEClass = createEClass(TD_STATE);
		createEAttribute(tdStateEClass, TD_STATE__LIFECYCLE_STATE);
		createEAttribute(tdStateEClass, TD_STATE__HKID_ASSIGNED);
		createEAttribute(tdStateEClass, TD_STATE__OP_STATE);
		createEAttribute(tdStateEClass, TD_STATE__PAGES_ADDED);
		createEAttribute(tdStateEClass, TD_STATE__CHUNKS_EXTENDED);
		createEAttribute(tdStateEClass, TD_STATE__PAGES_AUGMENTED);
		createEReference(tdStateEClass, TD_STATE__TD_PARAMS);

		tdVcpuStateEClass = createEClass(TD_VCPU_STATE);
		createEAttribute(tdVcpuStateEClass, TD_VCPU_STATE__VCPU_INDEX);
		createEAttribute(tdVcpuStateEClass, TD_VCPU_STATE__STATE);
		createEAttribute(tdVcpuStateEClass, TD_VCPU_STATE__X2APIC_ID);
		createEAttribute(tdVcpuStateEClass, TD_VCPU_STATE__RCX);
		createEAttribute(tdVcpuStateEClass, TD_VCPU_STATE__RIP);
		createEAttribute(tdVcpuStateEClass, TD_VCPU_STATE__REGISTERS_READABLE);

		tdxLaunchConfigEClass = createEClass(TDX_LAUNCH_CONFIG);
		createEAttribute(tdxLaunchConfigEClass, TDX_LAUNCH_CONFIG__PAGE_ORDER);
		createEAttribute(tdxLaunchConfigEClass, TDX_LAUNCH_CONFIG__MEMORY);

		// Create enums
		tdAttributeEEnum = createEEnum(TD_ATTRIBUTE);
		xfamComponentEEnum = createEEnum(XFAM_COMPONENT);
		tdOpStateEEnum = createEEnum(TD_OP_STATE);
		tdLifecycleStateEEnum = createEEnum(TD_LIFECYCLE_STATE);
		vcpuTdStateEEnum = createEEnum(VCPU_TD_STATE);
		tdvfSectionKindEEnum = createEEnum(TDVF_SECTION_KIND);
		measureOrderEEnum = createEEnum(MEASURE_ORDER);
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

		// Obtain other dependent packages
		ModelPackage theModelPackage = (ModelPackage) EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		tdxLaunchConfigEClass.getESuperTypes().add(theModelPackage.getLaunchConfig());

		// Initialize classes, features, and operations; add parameters
		initEClass(tdxHostEClass, TdxHost.class, "TdxHost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTdxHost_TdxEnabled(), ecorePackage.getEBoolean(), "tdxEnabled", "true", 0, 1, TdxHost.class, //$NON-NLS-1$//$NON-NLS-2$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tdxInitVmEClass, TdxInitVm.class, "TdxInitVm", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTdxInitVm_Attributes(), ecorePackage.getELong(), "attributes", null, 0, 1, TdxInitVm.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitVm_AttributeBits(), this.getTdAttribute(), "attributeBits", null, 0, -1, //$NON-NLS-1$
				TdxInitVm.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitVm_Xfam(), ecorePackage.getELong(), "xfam", null, 0, 1, TdxInitVm.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitVm_XfamBits(), this.getXfamComponent(), "xfamBits", null, 0, -1, TdxInitVm.class, //$NON-NLS-1$
				IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitVm_MrConfigId(), ecorePackage.getEByteArray(), "mrConfigId", null, 0, 1, //$NON-NLS-1$
				TdxInitVm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitVm_MrOwner(), ecorePackage.getEByteArray(), "mrOwner", null, 0, 1, TdxInitVm.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitVm_MrOwnerConfig(), ecorePackage.getEByteArray(), "mrOwnerConfig", null, 0, 1, //$NON-NLS-1$
				TdxInitVm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getTdxInitVm_Cpuid(), this.getCpuidEntry(), null, "cpuid", null, 0, -1, TdxInitVm.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cpuidEntryEClass, CpuidEntry.class, "CpuidEntry", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCpuidEntry_Function(), ecorePackage.getEInt(), "function", null, 0, 1, CpuidEntry.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuidEntry_Index(), ecorePackage.getEInt(), "index", null, 0, 1, CpuidEntry.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuidEntry_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, CpuidEntry.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuidEntry_Eax(), ecorePackage.getEInt(), "eax", null, 0, 1, CpuidEntry.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuidEntry_Ebx(), ecorePackage.getEInt(), "ebx", null, 0, 1, CpuidEntry.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuidEntry_Ecx(), ecorePackage.getEInt(), "ecx", null, 0, 1, CpuidEntry.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCpuidEntry_Edx(), ecorePackage.getEInt(), "edx", null, 0, 1, CpuidEntry.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tdParamsEClass, TdParams.class, "TdParams", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTdParams_Attributes(), ecorePackage.getELong(), "attributes", null, 0, 1, TdParams.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_AttributeBits(), this.getTdAttribute(), "attributeBits", null, 0, -1, TdParams.class, //$NON-NLS-1$
				IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_Xfam(), ecorePackage.getELong(), "xfam", null, 0, 1, TdParams.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_XfamBits(), this.getXfamComponent(), "xfamBits", null, 0, -1, TdParams.class, //$NON-NLS-1$
				IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_MaxVcpus(), ecorePackage.getEInt(), "maxVcpus", null, 0, 1, TdParams.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_EptpControls(), ecorePackage.getELong(), "eptpControls", null, 0, 1, TdParams.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_ConfigFlags(), ecorePackage.getELong(), "configFlags", null, 0, 1, TdParams.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_TscFrequency(), ecorePackage.getEInt(), "tscFrequency", null, 0, 1, TdParams.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_MrConfigId(), ecorePackage.getEByteArray(), "mrConfigId", null, 0, 1, TdParams.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_MrOwner(), ecorePackage.getEByteArray(), "mrOwner", null, 0, 1, TdParams.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdParams_MrOwnerConfig(), ecorePackage.getEByteArray(), "mrOwnerConfig", null, 0, 1, //$NON-NLS-1$
				TdParams.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getTdParams_CpuidValues(), this.getCpuidEntry(), null, "cpuidValues", null, 0, -1, //$NON-NLS-1$
				TdParams.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tdxInitVcpuEClass, TdxInitVcpu.class, "TdxInitVcpu", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTdxInitVcpu_VcpuIndex(), ecorePackage.getEInt(), "vcpuIndex", null, 0, 1, TdxInitVcpu.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitVcpu_Rcx(), ecorePackage.getELong(), "rcx", null, 0, 1, TdxInitVcpu.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitVcpu_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, TdxInitVcpu.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tdxInitMemRegionEClass, TdxInitMemRegion.class, "TdxInitMemRegion", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTdxInitMemRegion_SourceAddr(), ecorePackage.getELong(), "sourceAddr", null, 0, 1, //$NON-NLS-1$
				TdxInitMemRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_Gpa(), ecorePackage.getELong(), "gpa", null, 0, 1, TdxInitMemRegion.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_NrPages(), ecorePackage.getELong(), "nrPages", null, 0, 1, //$NON-NLS-1$
				TdxInitMemRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, TdxInitMemRegion.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_Measure(), ecorePackage.getEBoolean(), "measure", null, 0, 1, //$NON-NLS-1$
				TdxInitMemRegion.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_MeasureOrder(), this.getMeasureOrder(), "measureOrder", null, 0, 1, //$NON-NLS-1$
				TdxInitMemRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_VcpuIndex(), ecorePackage.getEInt(), "vcpuIndex", null, 0, 1, //$NON-NLS-1$
				TdxInitMemRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_SectionIndex(), ecorePackage.getEInt(), "sectionIndex", null, 0, 1, //$NON-NLS-1$
				TdxInitMemRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_SectionType(), this.getTdvfSectionKind(), "sectionType", null, 0, 1, //$NON-NLS-1$
				TdxInitMemRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxInitMemRegion_SectionAttributes(), ecorePackage.getEInt(), "sectionAttributes", null, 0, 1, //$NON-NLS-1$
				TdxInitMemRegion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(tdxFinalizeVmEClass, TdxFinalizeVm.class, "TdxFinalizeVm", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);

		initEClass(tdStateEClass, TdState.class, "TdState", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTdState_LifecycleState(), this.getTdLifecycleState(), "lifecycleState", null, 0, 1, //$NON-NLS-1$
				TdState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdState_HkidAssigned(), ecorePackage.getEBoolean(), "hkidAssigned", null, 0, 1, TdState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdState_OpState(), this.getTdOpState(), "opState", null, 0, 1, TdState.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdState_PagesAdded(), ecorePackage.getELong(), "pagesAdded", null, 0, 1, TdState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdState_ChunksExtended(), ecorePackage.getELong(), "chunksExtended", null, 0, 1, //$NON-NLS-1$
				TdState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdState_PagesAugmented(), ecorePackage.getELong(), "pagesAugmented", null, 0, 1, //$NON-NLS-1$
				TdState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getTdState_TdParams(), this.getTdParams(), null, "tdParams", null, 0, 1, TdState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(tdVcpuStateEClass, TdVcpuState.class, "TdVcpuState", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTdVcpuState_VcpuIndex(), ecorePackage.getEInt(), "vcpuIndex", null, 0, 1, TdVcpuState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdVcpuState_State(), this.getVcpuTdState(), "state", null, 0, 1, TdVcpuState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdVcpuState_X2apicId(), ecorePackage.getEInt(), "x2apicId", null, 0, 1, TdVcpuState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdVcpuState_Rcx(), ecorePackage.getELong(), "rcx", null, 0, 1, TdVcpuState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdVcpuState_Rip(), ecorePackage.getELong(), "rip", null, 0, 1, TdVcpuState.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdVcpuState_RegistersReadable(), ecorePackage.getEBoolean(), "registersReadable", null, 0, 1, //$NON-NLS-1$
				TdVcpuState.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(tdxLaunchConfigEClass, TdxLaunchConfig.class, "TdxLaunchConfig", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTdxLaunchConfig_PageOrder(), this.getMeasureOrder(), "pageOrder", null, 0, 1, //$NON-NLS-1$
				TdxLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getTdxLaunchConfig_Memory(), ecorePackage.getELong(), "memory", "134217728", 0, 1, //$NON-NLS-1$//$NON-NLS-2$
				TdxLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(tdAttributeEEnum, TdAttribute.class, "TdAttribute"); //$NON-NLS-1$
		addEEnumLiteral(tdAttributeEEnum, TdAttribute.DEBUG);
		addEEnumLiteral(tdAttributeEEnum, TdAttribute.LASS);
		addEEnumLiteral(tdAttributeEEnum, TdAttribute.SEPT_VE_DISABLE);
		addEEnumLiteral(tdAttributeEEnum, TdAttribute.MIGRATABLE);
		addEEnumLiteral(tdAttributeEEnum, TdAttribute.PKS);
		addEEnumLiteral(tdAttributeEEnum, TdAttribute.KL);
		addEEnumLiteral(tdAttributeEEnum, TdAttribute.PERFMON);

		initEEnum(xfamComponentEEnum, XfamComponent.class, "XfamComponent"); //$NON-NLS-1$
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.X87);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.SSE);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.AVX);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.BNDREGS);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.BNDCSR);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.OPMASK);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.ZMM_HI256);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.HI16_ZMM);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.PT);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.PKRU);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.CET_U);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.CET_S);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.UINTR);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.LBR);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.XTILECFG);
		addEEnumLiteral(xfamComponentEEnum, XfamComponent.XTILEDATA);

		initEEnum(tdOpStateEEnum, TdOpState.class, "TdOpState"); //$NON-NLS-1$
		addEEnumLiteral(tdOpStateEEnum, TdOpState.UNINITIALIZED);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.INITIALIZED);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.RUNNABLE);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.LIVE_EXPORT);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.PAUSED_EXPORT);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.POST_EXPORT);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.MEMORY_IMPORT);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.STATE_IMPORT);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.POST_IMPORT);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.LIVE_IMPORT);
		addEEnumLiteral(tdOpStateEEnum, TdOpState.FAILED_IMPORT);

		initEEnum(tdLifecycleStateEEnum, TdLifecycleState.class, "TdLifecycleState"); //$NON-NLS-1$
		addEEnumLiteral(tdLifecycleStateEEnum, TdLifecycleState.HKID_ASSIGNED);
		addEEnumLiteral(tdLifecycleStateEEnum, TdLifecycleState.KEYS_CONFIGURED);
		addEEnumLiteral(tdLifecycleStateEEnum, TdLifecycleState.BLOCKED);
		addEEnumLiteral(tdLifecycleStateEEnum, TdLifecycleState.TEARDOWN);

		initEEnum(vcpuTdStateEEnum, VcpuTdState.class, "VcpuTdState"); //$NON-NLS-1$
		addEEnumLiteral(vcpuTdStateEEnum, VcpuTdState.UNINITIALIZED);
		addEEnumLiteral(vcpuTdStateEEnum, VcpuTdState.INITIALIZED);

		initEEnum(tdvfSectionKindEEnum, TdvfSectionKind.class, "TdvfSectionKind"); //$NON-NLS-1$
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.BFV);
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.CFV);
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.TD_HOB);
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.TEMP_MEM);
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.PERM_MEM);
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.PAYLOAD);
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.PAYLOAD_PARAM);
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.TD_INFO);
		addEEnumLiteral(tdvfSectionKindEEnum, TdvfSectionKind.TD_PARAMS);

		initEEnum(measureOrderEEnum, MeasureOrder.class, "MeasureOrder"); //$NON-NLS-1$
		addEEnumLiteral(measureOrderEEnum, MeasureOrder.PER_PAGE);
		addEEnumLiteral(measureOrderEEnum, MeasureOrder.AFTER_REGION);

		// Create resource
		createResource(eNS_URI);
	}

} //TdxPackageImpl
