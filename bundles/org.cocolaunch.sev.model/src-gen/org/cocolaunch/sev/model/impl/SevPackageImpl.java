/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.model.ModelPackage;

import org.cocolaunch.sev.model.EcdsaPublicKey;
import org.cocolaunch.sev.model.EcdsaSignature;
import org.cocolaunch.sev.model.SevCommandId;
import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevFeature;
import org.cocolaunch.sev.model.SevGuestState;
import org.cocolaunch.sev.model.SevGuestStatus;
import org.cocolaunch.sev.model.SevHost;
import org.cocolaunch.sev.model.SevInit;
import org.cocolaunch.sev.model.SevLaunchConfig;
import org.cocolaunch.sev.model.SevLaunchFinish;
import org.cocolaunch.sev.model.SevLaunchMeasure;
import org.cocolaunch.sev.model.SevLaunchSecret;
import org.cocolaunch.sev.model.SevLaunchStart;
import org.cocolaunch.sev.model.SevLaunchUpdateData;
import org.cocolaunch.sev.model.SevLaunchUpdateVmsa;
import org.cocolaunch.sev.model.SevLegacyInit;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SevPolicyBit;
import org.cocolaunch.sev.model.SevStatus;
import org.cocolaunch.sev.model.SnpCpuidFunction;
import org.cocolaunch.sev.model.SnpCpuidMismatch;
import org.cocolaunch.sev.model.SnpGuestState;
import org.cocolaunch.sev.model.SnpIdAuth;
import org.cocolaunch.sev.model.SnpIdBlock;
import org.cocolaunch.sev.model.SnpLaunchFinish;
import org.cocolaunch.sev.model.SnpLaunchStart;
import org.cocolaunch.sev.model.SnpLaunchUpdate;
import org.cocolaunch.sev.model.SnpPageType;
import org.cocolaunch.sev.model.SnpPolicyBit;
import org.cocolaunch.sev.model.VmcbSegment;
import org.cocolaunch.sev.model.VmmType;
import org.cocolaunch.sev.model.Vmsa;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
public class SevPackageImpl extends EPackageImpl implements SevPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vmcbSegmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vmsaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevInitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevLegacyInitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevLaunchStartEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevLaunchUpdateDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevLaunchUpdateVmsaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevLaunchMeasureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevLaunchSecretEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevLaunchFinishEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevGuestStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snpLaunchStartEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snpLaunchUpdateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snpCpuidFunctionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snpCpuidMismatchEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevHostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snpLaunchFinishEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snpIdBlockEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass snpIdAuthEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ecdsaSignatureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ecdsaPublicKeyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sevLaunchConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sevCommandIdEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum snpPageTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sevPolicyBitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum snpPolicyBitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sevFeatureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sevGuestStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum snpGuestStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sevStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType sevModeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vmmTypeEDataType = null;

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
	 * @see org.cocolaunch.sev.model.SevPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SevPackageImpl() {
		super(eNS_URI, SevFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SevPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SevPackage init() {
		if (isInited)
			return (SevPackage) EPackage.Registry.INSTANCE.getEPackage(SevPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSevPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SevPackageImpl theSevPackage = registeredSevPackage instanceof SevPackageImpl
				? (SevPackageImpl) registeredSevPackage
				: new SevPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		ModelPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theSevPackage.createPackageContents();

		// Initialize created meta-data
		theSevPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSevPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SevPackage.eNS_URI, theSevPackage);
		return theSevPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVmcbSegment() {
		return vmcbSegmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmcbSegment_Selector() {
		return (EAttribute) vmcbSegmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmcbSegment_Attrib() {
		return (EAttribute) vmcbSegmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmcbSegment_Limit() {
		return (EAttribute) vmcbSegmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmcbSegment_Base() {
		return (EAttribute) vmcbSegmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVmsa() {
		return vmsaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Es() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Cs() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Ss() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Ds() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Fs() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Gs() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Gdtr() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Ldtr() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Idtr() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVmsa_Tr() {
		return (EReference) vmsaEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Vmpl0Ssp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Vmpl1Ssp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Vmpl2Ssp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Vmpl3Ssp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_UCet() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Vmpl() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Cpl() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Efer() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Xss() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Cr4() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Cr3() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Cr0() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr7() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr6() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rflags() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rip() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr0() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr1() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr2() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr3() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr0AddrMask() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr1AddrMask() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr2AddrMask() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dr3AddrMask() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rsp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_SCet() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Ssp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_IsstAddr() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(37);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rax() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(38);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Star() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(39);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Lstar() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(40);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Cstar() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(41);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Sfmask() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(42);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_KernelGsBase() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(43);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_SysenterCs() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(44);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_SysenterEsp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(45);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_SysenterEip() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(46);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Cr2() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(47);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_GPat() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(48);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Dbgctl() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(49);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_BrFrom() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(50);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_BrTo() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(51);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_LastExcpFrom() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(52);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_LastExcpTo() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(53);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Pkru() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(54);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_TscAux() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(55);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rcx() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(56);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rdx() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(57);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rbx() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(58);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rbp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(59);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rsi() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(60);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Rdi() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(61);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_R8() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(62);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_R9() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(63);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_R10() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(64);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_R11() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(65);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_R12() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(66);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_R13() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(67);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_R14() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(68);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_R15() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(69);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_GuestExitInfo1() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(70);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_GuestExitInfo2() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(71);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_GuestExitIntInfo() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(72);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_GuestNrip() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(73);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_SevFeatures() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(74);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_VintrCtrl() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(75);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_GuestExitCode() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(76);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_VirtualTom() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(77);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_TlbId() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(78);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_PcpuId() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(79);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_EventInj() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(80);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Xcr0() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(81);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_X87Dp() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(82);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_Mxcsr() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(83);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_X87Ftw() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(84);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_X87Fsw() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(85);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_X87Fcw() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(86);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_X87Fop() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(87);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_X87Ds() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(88);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_X87Cs() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(89);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_X87Rip() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(90);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_FpregX87() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(91);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_FpregXmm() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(92);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVmsa_FpregYmm() {
		return (EAttribute) vmsaEClass.getEStructuralFeatures().get(93);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevInit() {
		return sevInitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevInit_VmsaFeatures() {
		return (EAttribute) sevInitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevInit_Flags() {
		return (EAttribute) sevInitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevInit_GhcbVersion() {
		return (EAttribute) sevInitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevLegacyInit() {
		return sevLegacyInitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLegacyInit_Es() {
		return (EAttribute) sevLegacyInitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevLaunchStart() {
		return sevLaunchStartEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_Handle() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_Policy() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_DhUaddr() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_DhLen() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_SessionUaddr() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_SessionLen() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_DhCert() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_Session() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchStart_Tik() {
		return (EAttribute) sevLaunchStartEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevLaunchUpdateData() {
		return sevLaunchUpdateDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchUpdateData_Uaddr() {
		return (EAttribute) sevLaunchUpdateDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchUpdateData_Len() {
		return (EAttribute) sevLaunchUpdateDataEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevLaunchUpdateVmsa() {
		return sevLaunchUpdateVmsaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchUpdateVmsa_VcpuCount() {
		return (EAttribute) sevLaunchUpdateVmsaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevLaunchMeasure() {
		return sevLaunchMeasureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchMeasure_Uaddr() {
		return (EAttribute) sevLaunchMeasureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchMeasure_Len() {
		return (EAttribute) sevLaunchMeasureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchMeasure_Mnonce() {
		return (EAttribute) sevLaunchMeasureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevLaunchSecret() {
		return sevLaunchSecretEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_HdrUaddr() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_HdrLen() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_GuestUaddr() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_GuestLen() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_TransUaddr() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_TransLen() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_Header() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_Transport() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchSecret_GuestGpa() {
		return (EAttribute) sevLaunchSecretEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevLaunchFinish() {
		return sevLaunchFinishEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevGuestStatus() {
		return sevGuestStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevGuestStatus_Handle() {
		return (EAttribute) sevGuestStatusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevGuestStatus_Policy() {
		return (EAttribute) sevGuestStatusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevGuestStatus_State() {
		return (EAttribute) sevGuestStatusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnpLaunchStart() {
		return snpLaunchStartEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchStart_Policy() {
		return (EAttribute) snpLaunchStartEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchStart_Gosvw() {
		return (EAttribute) snpLaunchStartEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchStart_Flags() {
		return (EAttribute) snpLaunchStartEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnpLaunchUpdate() {
		return snpLaunchUpdateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchUpdate_GfnStart() {
		return (EAttribute) snpLaunchUpdateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchUpdate_Uaddr() {
		return (EAttribute) snpLaunchUpdateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchUpdate_Len() {
		return (EAttribute) snpLaunchUpdateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchUpdate_Type() {
		return (EAttribute) snpLaunchUpdateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchUpdate_Flags() {
		return (EAttribute) snpLaunchUpdateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpLaunchUpdate_CpuidFunctions() {
		return (EReference) snpLaunchUpdateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnpCpuidFunction() {
		return snpCpuidFunctionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_EaxIn() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_EcxIn() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_Xcr0In() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_XssIn() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_Eax() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_Ebx() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_Ecx() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_Edx() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidFunction_Reserved() {
		return (EAttribute) snpCpuidFunctionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnpCpuidMismatch() {
		return snpCpuidMismatchEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidMismatch_Function() {
		return (EAttribute) snpCpuidMismatchEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpCpuidMismatch_Index() {
		return (EAttribute) snpCpuidMismatchEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpCpuidMismatch_Provided() {
		return (EReference) snpCpuidMismatchEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpCpuidMismatch_Expected() {
		return (EReference) snpCpuidMismatchEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevHost() {
		return sevHostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevHost_SevEnabled() {
		return (EAttribute) sevHostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevHost_SevEsEnabled() {
		return (EAttribute) sevHostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevHost_SnpEnabled() {
		return (EAttribute) sevHostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevHost_VmTypes() {
		return (EAttribute) sevHostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnpLaunchFinish() {
		return snpLaunchFinishEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchFinish_IdBlockUaddr() {
		return (EAttribute) snpLaunchFinishEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchFinish_IdAuthUaddr() {
		return (EAttribute) snpLaunchFinishEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchFinish_IdBlockEn() {
		return (EAttribute) snpLaunchFinishEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchFinish_AuthKeyEn() {
		return (EAttribute) snpLaunchFinishEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchFinish_VcekDisabled() {
		return (EAttribute) snpLaunchFinishEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchFinish_HostData() {
		return (EAttribute) snpLaunchFinishEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpLaunchFinish_Flags() {
		return (EAttribute) snpLaunchFinishEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpLaunchFinish_IdBlock() {
		return (EReference) snpLaunchFinishEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpLaunchFinish_IdAuth() {
		return (EReference) snpLaunchFinishEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnpIdBlock() {
		return snpIdBlockEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpIdBlock_Ld() {
		return (EAttribute) snpIdBlockEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpIdBlock_FamilyId() {
		return (EAttribute) snpIdBlockEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpIdBlock_ImageId() {
		return (EAttribute) snpIdBlockEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpIdBlock_Version() {
		return (EAttribute) snpIdBlockEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpIdBlock_GuestSvn() {
		return (EAttribute) snpIdBlockEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpIdBlock_Policy() {
		return (EAttribute) snpIdBlockEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSnpIdAuth() {
		return snpIdAuthEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpIdAuth_IdKeyAlgo() {
		return (EAttribute) snpIdAuthEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSnpIdAuth_AuthKeyAlgo() {
		return (EAttribute) snpIdAuthEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpIdAuth_IdBlockSig() {
		return (EReference) snpIdAuthEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpIdAuth_IdKey() {
		return (EReference) snpIdAuthEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpIdAuth_IdKeySig() {
		return (EReference) snpIdAuthEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSnpIdAuth_AuthorKey() {
		return (EReference) snpIdAuthEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEcdsaSignature() {
		return ecdsaSignatureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEcdsaSignature_R() {
		return (EAttribute) ecdsaSignatureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEcdsaSignature_S() {
		return (EAttribute) ecdsaSignatureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEcdsaPublicKey() {
		return ecdsaPublicKeyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEcdsaPublicKey_Curve() {
		return (EAttribute) ecdsaPublicKeyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEcdsaPublicKey_Qx() {
		return (EAttribute) ecdsaPublicKeyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEcdsaPublicKey_Qy() {
		return (EAttribute) ecdsaPublicKeyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSevLaunchConfig() {
		return sevLaunchConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_Mode() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_VcpuType() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_VcpuSig() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_GuestFeatures() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_Policy() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_Vmm() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_LegacyInit() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_SnpOvmfHash() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_Svsm() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSevLaunchConfig_VarsSize() {
		return (EAttribute) sevLaunchConfigEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSevCommandId() {
		return sevCommandIdEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSnpPageType() {
		return snpPageTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSevPolicyBit() {
		return sevPolicyBitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSnpPolicyBit() {
		return snpPolicyBitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSevFeature() {
		return sevFeatureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSevGuestState() {
		return sevGuestStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSnpGuestState() {
		return snpGuestStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSevStatus() {
		return sevStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getSevMode() {
		return sevModeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVmmType() {
		return vmmTypeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevFactory getSevFactory() {
		return (SevFactory) getEFactoryInstance();
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
		vmcbSegmentEClass = createEClass(VMCB_SEGMENT);
		createEAttribute(vmcbSegmentEClass, VMCB_SEGMENT__SELECTOR);
		createEAttribute(vmcbSegmentEClass, VMCB_SEGMENT__ATTRIB);
		createEAttribute(vmcbSegmentEClass, VMCB_SEGMENT__LIMIT);
		createEAttribute(vmcbSegmentEClass, VMCB_SEGMENT__BASE);

		vmsaEClass = createEClass(VMSA);
		createEReference(vmsaEClass, VMSA__ES);
		createEReference(vmsaEClass, VMSA__CS);
		createEReference(vmsaEClass, VMSA__SS);
		createEReference(vmsaEClass, VMSA__DS);
		createEReference(vmsaEClass, VMSA__FS);
		createEReference(vmsaEClass, VMSA__GS);
		createEReference(vmsaEClass, VMSA__GDTR);
		createEReference(vmsaEClass, VMSA__LDTR);
		createEReference(vmsaEClass, VMSA__IDTR);
		createEReference(vmsaEClass, VMSA__TR);
		createEAttribute(vmsaEClass, VMSA__VMPL0_SSP);
		createEAttribute(vmsaEClass, VMSA__VMPL1_SSP);
		createEAttribute(vmsaEClass, VMSA__VMPL2_SSP);
		createEAttribute(vmsaEClass, VMSA__VMPL3_SSP);
		createEAttribute(vmsaEClass, VMSA__UCET);
		createEAttribute(vmsaEClass, VMSA__VMPL);
		createEAttribute(vmsaEClass, VMSA__CPL);
		createEAttribute(vmsaEClass, VMSA__EFER);
		createEAttribute(vmsaEClass, VMSA__XSS);
		createEAttribute(vmsaEClass, VMSA__CR4);
		createEAttribute(vmsaEClass, VMSA__CR3);
		createEAttribute(vmsaEClass, VMSA__CR0);
		createEAttribute(vmsaEClass, VMSA__DR7);
		createEAttribute(vmsaEClass, VMSA__DR6);
		createEAttribute(vmsaEClass, VMSA__RFLAGS);
		createEAttribute(vmsaEClass, VMSA__RIP);
		createEAttribute(vmsaEClass, VMSA__DR0);
		createEAttribute(vmsaEClass, VMSA__DR1);
		createEAttribute(vmsaEClass, VMSA__DR2);
		createEAttribute(vmsaEClass, VMSA__DR3);
		createEAttribute(vmsaEClass, VMSA__DR0_ADDR_MASK);
		createEAttribute(vmsaEClass, VMSA__DR1_ADDR_MASK);
		createEAttribute(vmsaEClass, VMSA__DR2_ADDR_MASK);
		createEAttribute(vmsaEClass, VMSA__DR3_ADDR_MASK);
		createEAttribute(vmsaEClass, VMSA__RSP);
		createEAttribute(vmsaEClass, VMSA__SCET);
		createEAttribute(vmsaEClass, VMSA__SSP);
		createEAttribute(vmsaEClass, VMSA__ISST_ADDR);
		createEAttribute(vmsaEClass, VMSA__RAX);
		createEAttribute(vmsaEClass, VMSA__STAR);
		createEAttribute(vmsaEClass, VMSA__LSTAR);
		createEAttribute(vmsaEClass, VMSA__CSTAR);
		createEAttribute(vmsaEClass, VMSA__SFMASK);
		createEAttribute(vmsaEClass, VMSA__KERNEL_GS_BASE);
		createEAttribute(vmsaEClass, VMSA__SYSENTER_CS);
		createEAttribute(vmsaEClass, VMSA__SYSENTER_ESP);
		createEAttribute(vmsaEClass, VMSA__SYSENTER_EIP);
		createEAttribute(vmsaEClass, VMSA__CR2);
		createEAttribute(vmsaEClass, VMSA__GPAT);
		createEAttribute(vmsaEClass, VMSA__DBGCTL);
		createEAttribute(vmsaEClass, VMSA__BR_FROM);
		createEAttribute(vmsaEClass, VMSA__BR_TO);
		createEAttribute(vmsaEClass, VMSA__LAST_EXCP_FROM);
		createEAttribute(vmsaEClass, VMSA__LAST_EXCP_TO);
		createEAttribute(vmsaEClass, VMSA__PKRU);
		createEAttribute(vmsaEClass, VMSA__TSC_AUX);
		createEAttribute(vmsaEClass, VMSA__RCX);
		createEAttribute(vmsaEClass, VMSA__RDX);
		createEAttribute(vmsaEClass, VMSA__RBX);
		createEAttribute(vmsaEClass, VMSA__RBP);
		createEAttribute(vmsaEClass, VMSA__RSI);
		createEAttribute(vmsaEClass, VMSA__RDI);
		createEAttribute(vmsaEClass, VMSA__R8);
		createEAttribute(vmsaEClass, VMSA__R9);
		createEAttribute(vmsaEClass, VMSA__R10);
		createEAttribute(vmsaEClass, VMSA__R11);
		createEAttribute(vmsaEClass, VMSA__R12);
		createEAttribute(vmsaEClass, VMSA__R13);
		createEAttribute(vmsaEClass, VMSA__R14);
		createEAttribute(vmsaEClass, VMSA__R15);
		createEAttribute(vmsaEClass, VMSA__GUEST_EXIT_INFO1);
		createEAttribute(vmsaEClass, VMSA__GUEST_EXIT_INFO2);
		createEAttribute(vmsaEClass, VMSA__GUEST_EXIT_INT_INFO);
		createEAttribute(vmsaEClass, VMSA__GUEST_NRIP);
		createEAttribute(vmsaEClass, VMSA__SEV_FEATURES);
		createEAttribute(vmsaEClass, VMSA__VINTR_CTRL);
		createEAttribute(vmsaEClass, VMSA__GUEST_EXIT_CODE);
		createEAttribute(vmsaEClass, VMSA__VIRTUAL_TOM);
		createEAttribute(vmsaEClass, VMSA__TLB_ID);
		createEAttribute(vmsaEClass, VMSA__PCPU_ID);
		createEAttribute(vmsaEClass, VMSA__EVENT_INJ);
		createEAttribute(vmsaEClass, VMSA__XCR0);
		createEAttribute(vmsaEClass, VMSA__X87_DP);
		createEAttribute(vmsaEClass, VMSA__MXCSR);
		createEAttribute(vmsaEClass, VMSA__X87_FTW);
		createEAttribute(vmsaEClass, VMSA__X87_FSW);
		createEAttribute(vmsaEClass, VMSA__X87_FCW);
		createEAttribute(vmsaEClass, VMSA__X87_FOP);
		createEAttribute(vmsaEClass, VMSA__X87_DS);
		createEAttribute(vmsaEClass, VMSA__X87_CS);
		createEAttribute(vmsaEClass, VMSA__X87_RIP);
		createEAttribute(vmsaEClass, VMSA__FPREG_X87);
		createEAttribute(vmsaEClass, VMSA__FPREG_XMM);
		createEAttribute(vmsaEClass, VMSA__FPREG_YMM);

		sevInitEClass = createEClass(SEV_INIT);
		createEAttribute(sevInitEClass, SEV_INIT__VMSA_FEATURES);
		createEAttribute(sevInitEClass, SEV_INIT__FLAGS);
		createEAttribute(sevInitEClass, SEV_INIT__GHCB_VERSION);

		sevLegacyInitEClass = createEClass(SEV_LEGACY_INIT);
		createEAttribute(sevLegacyInitEClass, SEV_LEGACY_INIT__ES);

		sevLaunchStartEClass = createEClass(SEV_LAUNCH_START);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__HANDLE);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__POLICY);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__DH_UADDR);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__DH_LEN);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__SESSION_UADDR);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__SESSION_LEN);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__DH_CERT);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__SESSION);
		createEAttribute(sevLaunchStartEClass, SEV_LAUNCH_START__TIK);

		sevLaunchUpdateDataEClass = createEClass(SEV_LAUNCH_UPDATE_DATA);
		createEAttribute(sevLaunchUpdateDataEClass, SEV_LAUNCH_UPDATE_DATA__UADDR);
		createEAttribute(sevLaunchUpdateDataEClass, SEV_LAUNCH_UPDATE_DATA__LEN);

		sevLaunchUpdateVmsaEClass = createEClass(SEV_LAUNCH_UPDATE_VMSA);
		createEAttribute(sevLaunchUpdateVmsaEClass, SEV_LAUNCH_UPDATE_VMSA__VCPU_COUNT);

		sevLaunchMeasureEClass = createEClass(SEV_LAUNCH_MEASURE);
		createEAttribute(sevLaunchMeasureEClass, SEV_LAUNCH_MEASURE__UADDR);
		createEAttribute(sevLaunchMeasureEClass, SEV_LAUNCH_MEASURE__LEN);
		createEAttribute(sevLaunchMeasureEClass, SEV_LAUNCH_MEASURE__MNONCE);

		sevLaunchSecretEClass = createEClass(SEV_LAUNCH_SECRET);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__HDR_UADDR);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__HDR_LEN);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__GUEST_UADDR);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__GUEST_LEN);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__TRANS_UADDR);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__TRANS_LEN);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__HEADER);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__TRANSPORT);
		createEAttribute(sevLaunchSecretEClass, SEV_LAUNCH_SECRET__GUEST_GPA);

		sevLaunchFinishEClass = createEClass(SEV_LAUNCH_FINISH);

		sevGuestStatusEClass = createEClass(SEV_GUEST_STATUS);
		createEAttribute(sevGuestStatusEClass, SEV_GUEST_STATUS__HANDLE);
		createEAttribute(sevGuestStatusEClass, SEV_GUEST_STATUS__POLICY);
		createEAttribute(sevGuestStatusEClass, SEV_GUEST_STATUS__STATE);

		snpLaunchStartEClass = createEClass(SNP_LAUNCH_START);
		createEAttribute(snpLaunchStartEClass, SNP_LAUNCH_START__POLICY);
		createEAttribute(snpLaunchStartEClass, SNP_LAUNCH_START__GOSVW);
		createEAttribute(snpLaunchStartEClass, SNP_LAUNCH_START__FLAGS);

		snpLaunchUpdateEClass = createEClass(SNP_LAUNCH_UPDATE);
		createEAttribute(snpLaunchUpdateEClass, SNP_LAUNCH_UPDATE__GFN_START);
		createEAttribute(snpLaunchUpdateEClass, SNP_LAUNCH_UPDATE__UADDR);
		createEAttribute(snpLaunchUpdateEClass, SNP_LAUNCH_UPDATE__LEN);
		createEAttribute(snpLaunchUpdateEClass, SNP_LAUNCH_UPDATE__TYPE);
		createEAttribute(snpLaunchUpdateEClass, SNP_LAUNCH_UPDATE__FLAGS);
		createEReference(snpLaunchUpdateEClass, SNP_LAUNCH_UPDATE__CPUID_FUNCTIONS);

		snpCpuidFunctionEClass = createEClass(SNP_CPUID_FUNCTION);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__EAX_IN);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__ECX_IN);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__XCR0_IN);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__XSS_IN);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__EAX);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__EBX);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__ECX);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__EDX);
		createEAttribute(snpCpuidFunctionEClass, SNP_CPUID_FUNCTION__RESERVED);

		snpCpuidMismatchEClass = createEClass(SNP_CPUID_MISMATCH);
		createEAttribute(snpCpuidMismatchEClass, SNP_CPUID_MISMATCH__FUNCTION);
		createEAttribute(snpCpuidMismatchEClass, SNP_CPUID_MISMATCH__INDEX);
		createEReference(snpCpuidMismatchEClass, SNP_CPUID_MISMATCH__PROVIDED);
		createEReference(snpCpuidMismatchEClass, SNP_CPUID_MISMATCH__EXPECTED);

		sevHostEClass = createEClass(SEV_HOST);
		createEAttribute(sevHostEClass, SEV_HOST__SEV_ENABLED);
		createEAttribute(sevHostEClass, SEV_HOST__SEV_ES_ENABLED);
		createEAttribute(sevHostEClass, SEV_HOST__SNP_ENABLED);
		createEAttribute(sevHostEClass, SEV_HOST__VM_TYPES);

		snpLaunchFinishEClass = createEClass(SNP_LAUNCH_FINISH);
		createEAttribute(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__ID_BLOCK_UADDR);
		createEAttribute(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__ID_AUTH_UADDR);
		createEAttribute(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__ID_BLOCK_EN);
		createEAttribute(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__AUTH_KEY_EN);
		createEAttribute(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__VCEK_DISABLED);
		createEAttribute(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__HOST_DATA);
		createEAttribute(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__FLAGS);
		createEReference(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__ID_BLOCK);
		createEReference(snpLaunchFinishEClass, SNP_LAUNCH_FINISH__ID_AUTH);

		snpIdBlockEClass = createEClass(SNP_ID_BLOCK);
		createEAttribute(snpIdBlockEClass, SNP_ID_BLOCK__LD);
		createEAttribute(snpIdBlockEClass, SNP_ID_BLOCK__FAMILY_ID);
		createEAttribute(snpIdBlockEClass, SNP_ID_BLOCK__IMAGE_ID);
		createEAttribute(snpIdBlockEClass, SNP_ID_BLOCK__VERSION);
		createEAttribute(snpIdBlockEClass, SNP_ID_BLOCK__GUEST_SVN);
		createEAttribute(snpIdBlockEClass, SNP_ID_BLOCK__POLICY);

		snpIdAuthEClass = createEClass(SNP_ID_AUTH);
		createEAttribute(snpIdAuthEClass, SNP_ID_AUTH__ID_KEY_ALGO);
		createEAttribute(snpIdAuthEClass, SNP_ID_AUTH__AUTH_KEY_ALGO);
		createEReference(snpIdAuthEClass, SNP_ID_AUTH__ID_BLOCK_SIG);
		createEReference(snpIdAuthEClass, SNP_ID_AUTH__ID_KEY);
		createEReference(snpIdAuthEClass, SNP_ID_AUTH__ID_KEY_SIG);
		createEReference(snpIdAuthEClass, SNP_ID_AUTH__AUTHOR_KEY);

		ecdsaSignatureEClass = createEClass(ECDSA_SIGNATURE);
		createEAttribute(ecdsaSignatureEClass, ECDSA_SIGNATURE__R);
		createEAttribute(ecdsaSignatureEClass, ECDSA_SIGNATURE__S);

		ecdsaPublicKeyEClass = createEClass(ECDSA_PUBLIC_KEY);
		createEAttribute(ecdsaPublicKeyEClass, ECDSA_PUBLIC_KEY__CURVE);
		createEAttribute(ecdsaPublicKeyEClass, ECDSA_PUBLIC_KEY__QX);
		createEAttribute(ecdsaPublicKeyEClass, ECDSA_PUBLIC_KEY__QY);

		sevLaunchConfigEClass = createEClass(SEV_LAUNCH_CONFIG);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__MODE);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__VCPU_TYPE);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__VCPU_SIG);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__GUEST_FEATURES);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__POLICY);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__VMM);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__LEGACY_INIT);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__SNP_OVMF_HASH);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__SVSM);
		createEAttribute(sevLaunchConfigEClass, SEV_LAUNCH_CONFIG__VARS_SIZE);

		// Create enums
		sevCommandIdEEnum = createEEnum(SEV_COMMAND_ID);
		snpPageTypeEEnum = createEEnum(SNP_PAGE_TYPE);
		sevPolicyBitEEnum = createEEnum(SEV_POLICY_BIT);
		snpPolicyBitEEnum = createEEnum(SNP_POLICY_BIT);
		sevFeatureEEnum = createEEnum(SEV_FEATURE);
		sevGuestStateEEnum = createEEnum(SEV_GUEST_STATE);
		snpGuestStateEEnum = createEEnum(SNP_GUEST_STATE);
		sevStatusEEnum = createEEnum(SEV_STATUS);

		// Create data types
		sevModeEDataType = createEDataType(SEV_MODE);
		vmmTypeEDataType = createEDataType(VMM_TYPE);
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
		sevLaunchConfigEClass.getESuperTypes().add(theModelPackage.getLaunchConfig());

		// Initialize classes, features, and operations; add parameters
		initEClass(vmcbSegmentEClass, VmcbSegment.class, "VmcbSegment", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVmcbSegment_Selector(), ecorePackage.getEInt(), "selector", null, 0, 1, VmcbSegment.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmcbSegment_Attrib(), ecorePackage.getEInt(), "attrib", null, 0, 1, VmcbSegment.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmcbSegment_Limit(), ecorePackage.getELong(), "limit", null, 0, 1, VmcbSegment.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmcbSegment_Base(), ecorePackage.getELong(), "base", null, 0, 1, VmcbSegment.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vmsaEClass, Vmsa.class, "Vmsa", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getVmsa_Es(), this.getVmcbSegment(), null, "es", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Cs(), this.getVmcbSegment(), null, "cs", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Ss(), this.getVmcbSegment(), null, "ss", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Ds(), this.getVmcbSegment(), null, "ds", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Fs(), this.getVmcbSegment(), null, "fs", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Gs(), this.getVmcbSegment(), null, "gs", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Gdtr(), this.getVmcbSegment(), null, "gdtr", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Ldtr(), this.getVmcbSegment(), null, "ldtr", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Idtr(), this.getVmcbSegment(), null, "idtr", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEReference(getVmsa_Tr(), this.getVmcbSegment(), null, "tr", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED,
				IS_ORDERED);
		initEAttribute(getVmsa_Vmpl0Ssp(), ecorePackage.getELong(), "vmpl0Ssp", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Vmpl1Ssp(), ecorePackage.getELong(), "vmpl1Ssp", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Vmpl2Ssp(), ecorePackage.getELong(), "vmpl2Ssp", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Vmpl3Ssp(), ecorePackage.getELong(), "vmpl3Ssp", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_UCet(), ecorePackage.getELong(), "uCet", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Vmpl(), ecorePackage.getEInt(), "vmpl", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Cpl(), ecorePackage.getEInt(), "cpl", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Efer(), ecorePackage.getELong(), "efer", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Xss(), ecorePackage.getELong(), "xss", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Cr4(), ecorePackage.getELong(), "cr4", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Cr3(), ecorePackage.getELong(), "cr3", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Cr0(), ecorePackage.getELong(), "cr0", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr7(), ecorePackage.getELong(), "dr7", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr6(), ecorePackage.getELong(), "dr6", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rflags(), ecorePackage.getELong(), "rflags", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rip(), ecorePackage.getELong(), "rip", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr0(), ecorePackage.getELong(), "dr0", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr1(), ecorePackage.getELong(), "dr1", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr2(), ecorePackage.getELong(), "dr2", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr3(), ecorePackage.getELong(), "dr3", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr0AddrMask(), ecorePackage.getELong(), "dr0AddrMask", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr1AddrMask(), ecorePackage.getELong(), "dr1AddrMask", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr2AddrMask(), ecorePackage.getELong(), "dr2AddrMask", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dr3AddrMask(), ecorePackage.getELong(), "dr3AddrMask", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rsp(), ecorePackage.getELong(), "rsp", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_SCet(), ecorePackage.getELong(), "sCet", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Ssp(), ecorePackage.getELong(), "ssp", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_IsstAddr(), ecorePackage.getELong(), "isstAddr", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rax(), ecorePackage.getELong(), "rax", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Star(), ecorePackage.getELong(), "star", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Lstar(), ecorePackage.getELong(), "lstar", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Cstar(), ecorePackage.getELong(), "cstar", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Sfmask(), ecorePackage.getELong(), "sfmask", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_KernelGsBase(), ecorePackage.getELong(), "kernelGsBase", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_SysenterCs(), ecorePackage.getELong(), "sysenterCs", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_SysenterEsp(), ecorePackage.getELong(), "sysenterEsp", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_SysenterEip(), ecorePackage.getELong(), "sysenterEip", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Cr2(), ecorePackage.getELong(), "cr2", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_GPat(), ecorePackage.getELong(), "gPat", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Dbgctl(), ecorePackage.getELong(), "dbgctl", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_BrFrom(), ecorePackage.getELong(), "brFrom", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_BrTo(), ecorePackage.getELong(), "brTo", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_LastExcpFrom(), ecorePackage.getELong(), "lastExcpFrom", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_LastExcpTo(), ecorePackage.getELong(), "lastExcpTo", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Pkru(), ecorePackage.getEInt(), "pkru", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_TscAux(), ecorePackage.getEInt(), "tscAux", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rcx(), ecorePackage.getELong(), "rcx", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rdx(), ecorePackage.getELong(), "rdx", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rbx(), ecorePackage.getELong(), "rbx", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rbp(), ecorePackage.getELong(), "rbp", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rsi(), ecorePackage.getELong(), "rsi", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Rdi(), ecorePackage.getELong(), "rdi", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_R8(), ecorePackage.getELong(), "r8", null, 0, 1, Vmsa.class, !IS_TRANSIENT, !IS_VOLATILE, //$NON-NLS-1$
				IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_R9(), ecorePackage.getELong(), "r9", null, 0, 1, Vmsa.class, !IS_TRANSIENT, !IS_VOLATILE, //$NON-NLS-1$
				IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_R10(), ecorePackage.getELong(), "r10", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_R11(), ecorePackage.getELong(), "r11", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_R12(), ecorePackage.getELong(), "r12", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_R13(), ecorePackage.getELong(), "r13", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_R14(), ecorePackage.getELong(), "r14", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_R15(), ecorePackage.getELong(), "r15", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_GuestExitInfo1(), ecorePackage.getELong(), "guestExitInfo1", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_GuestExitInfo2(), ecorePackage.getELong(), "guestExitInfo2", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_GuestExitIntInfo(), ecorePackage.getELong(), "guestExitIntInfo", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_GuestNrip(), ecorePackage.getELong(), "guestNrip", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_SevFeatures(), ecorePackage.getELong(), "sevFeatures", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_VintrCtrl(), ecorePackage.getELong(), "vintrCtrl", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_GuestExitCode(), ecorePackage.getELong(), "guestExitCode", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_VirtualTom(), ecorePackage.getELong(), "virtualTom", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_TlbId(), ecorePackage.getELong(), "tlbId", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_PcpuId(), ecorePackage.getELong(), "pcpuId", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_EventInj(), ecorePackage.getELong(), "eventInj", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Xcr0(), ecorePackage.getELong(), "xcr0", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_X87Dp(), ecorePackage.getELong(), "x87Dp", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_Mxcsr(), ecorePackage.getEInt(), "mxcsr", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_X87Ftw(), ecorePackage.getEInt(), "x87Ftw", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_X87Fsw(), ecorePackage.getEInt(), "x87Fsw", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_X87Fcw(), ecorePackage.getEInt(), "x87Fcw", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_X87Fop(), ecorePackage.getEInt(), "x87Fop", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_X87Ds(), ecorePackage.getEInt(), "x87Ds", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_X87Cs(), ecorePackage.getEInt(), "x87Cs", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_X87Rip(), ecorePackage.getELong(), "x87Rip", null, 0, 1, Vmsa.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_FpregX87(), ecorePackage.getEByteArray(), "fpregX87", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_FpregXmm(), ecorePackage.getEByteArray(), "fpregXmm", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVmsa_FpregYmm(), ecorePackage.getEByteArray(), "fpregYmm", null, 0, 1, Vmsa.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sevInitEClass, SevInit.class, "SevInit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSevInit_VmsaFeatures(), ecorePackage.getELong(), "vmsaFeatures", null, 0, 1, SevInit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevInit_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, SevInit.class, !IS_TRANSIENT, //$NON-NLS-1$
				!IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevInit_GhcbVersion(), ecorePackage.getEInt(), "ghcbVersion", null, 0, 1, SevInit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sevLegacyInitEClass, SevLegacyInit.class, "SevLegacyInit", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSevLegacyInit_Es(), ecorePackage.getEBoolean(), "es", null, 0, 1, SevLegacyInit.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sevLaunchStartEClass, SevLaunchStart.class, "SevLaunchStart", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSevLaunchStart_Handle(), ecorePackage.getEInt(), "handle", null, 0, 1, SevLaunchStart.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchStart_Policy(), ecorePackage.getEInt(), "policy", null, 0, 1, SevLaunchStart.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchStart_DhUaddr(), ecorePackage.getELong(), "dhUaddr", null, 0, 1, //$NON-NLS-1$
				SevLaunchStart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchStart_DhLen(), ecorePackage.getEInt(), "dhLen", null, 0, 1, SevLaunchStart.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchStart_SessionUaddr(), ecorePackage.getELong(), "sessionUaddr", null, 0, 1, //$NON-NLS-1$
				SevLaunchStart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchStart_SessionLen(), ecorePackage.getEInt(), "sessionLen", null, 0, 1, //$NON-NLS-1$
				SevLaunchStart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchStart_DhCert(), ecorePackage.getEByteArray(), "dhCert", null, 0, 1, //$NON-NLS-1$
				SevLaunchStart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchStart_Session(), ecorePackage.getEByteArray(), "session", null, 0, 1, //$NON-NLS-1$
				SevLaunchStart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchStart_Tik(), ecorePackage.getEByteArray(), "tik", null, 0, 1, SevLaunchStart.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sevLaunchUpdateDataEClass, SevLaunchUpdateData.class, "SevLaunchUpdateData", !IS_ABSTRACT, //$NON-NLS-1$
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSevLaunchUpdateData_Uaddr(), ecorePackage.getELong(), "uaddr", null, 0, 1, //$NON-NLS-1$
				SevLaunchUpdateData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchUpdateData_Len(), ecorePackage.getEInt(), "len", null, 0, 1, //$NON-NLS-1$
				SevLaunchUpdateData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(sevLaunchUpdateVmsaEClass, SevLaunchUpdateVmsa.class, "SevLaunchUpdateVmsa", !IS_ABSTRACT, //$NON-NLS-1$
				!IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSevLaunchUpdateVmsa_VcpuCount(), ecorePackage.getEInt(), "vcpuCount", null, 0, 1, //$NON-NLS-1$
				SevLaunchUpdateVmsa.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(sevLaunchMeasureEClass, SevLaunchMeasure.class, "SevLaunchMeasure", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSevLaunchMeasure_Uaddr(), ecorePackage.getELong(), "uaddr", null, 0, 1, //$NON-NLS-1$
				SevLaunchMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchMeasure_Len(), ecorePackage.getEInt(), "len", null, 0, 1, SevLaunchMeasure.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchMeasure_Mnonce(), ecorePackage.getEByteArray(), "mnonce", null, 0, 1, //$NON-NLS-1$
				SevLaunchMeasure.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(sevLaunchSecretEClass, SevLaunchSecret.class, "SevLaunchSecret", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSevLaunchSecret_HdrUaddr(), ecorePackage.getELong(), "hdrUaddr", null, 0, 1, //$NON-NLS-1$
				SevLaunchSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchSecret_HdrLen(), ecorePackage.getEInt(), "hdrLen", null, 0, 1, SevLaunchSecret.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchSecret_GuestUaddr(), ecorePackage.getELong(), "guestUaddr", null, 0, 1, //$NON-NLS-1$
				SevLaunchSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchSecret_GuestLen(), ecorePackage.getEInt(), "guestLen", null, 0, 1, //$NON-NLS-1$
				SevLaunchSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchSecret_TransUaddr(), ecorePackage.getELong(), "transUaddr", null, 0, 1, //$NON-NLS-1$
				SevLaunchSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchSecret_TransLen(), ecorePackage.getEInt(), "transLen", null, 0, 1, //$NON-NLS-1$
				SevLaunchSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchSecret_Header(), ecorePackage.getEByteArray(), "header", null, 0, 1, //$NON-NLS-1$
				SevLaunchSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchSecret_Transport(), ecorePackage.getEByteArray(), "transport", null, 0, 1, //$NON-NLS-1$
				SevLaunchSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchSecret_GuestGpa(), ecorePackage.getELong(), "guestGpa", null, 0, 1, //$NON-NLS-1$
				SevLaunchSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(sevLaunchFinishEClass, SevLaunchFinish.class, "SevLaunchFinish", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);

		initEClass(sevGuestStatusEClass, SevGuestStatus.class, "SevGuestStatus", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSevGuestStatus_Handle(), ecorePackage.getEInt(), "handle", null, 0, 1, SevGuestStatus.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevGuestStatus_Policy(), ecorePackage.getEInt(), "policy", null, 0, 1, SevGuestStatus.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevGuestStatus_State(), this.getSevGuestState(), "state", null, 0, 1, SevGuestStatus.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snpLaunchStartEClass, SnpLaunchStart.class, "SnpLaunchStart", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnpLaunchStart_Policy(), ecorePackage.getELong(), "policy", null, 0, 1, SnpLaunchStart.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchStart_Gosvw(), ecorePackage.getEByteArray(), "gosvw", null, 0, 1, //$NON-NLS-1$
				SnpLaunchStart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchStart_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, SnpLaunchStart.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snpLaunchUpdateEClass, SnpLaunchUpdate.class, "SnpLaunchUpdate", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnpLaunchUpdate_GfnStart(), ecorePackage.getELong(), "gfnStart", null, 0, 1, //$NON-NLS-1$
				SnpLaunchUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchUpdate_Uaddr(), ecorePackage.getELong(), "uaddr", null, 0, 1, SnpLaunchUpdate.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchUpdate_Len(), ecorePackage.getELong(), "len", null, 0, 1, SnpLaunchUpdate.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchUpdate_Type(), this.getSnpPageType(), "type", null, 0, 1, SnpLaunchUpdate.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchUpdate_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, SnpLaunchUpdate.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnpLaunchUpdate_CpuidFunctions(), this.getSnpCpuidFunction(), null, "cpuidFunctions", null, 0, //$NON-NLS-1$
				-1, SnpLaunchUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE,
				!IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snpCpuidFunctionEClass, SnpCpuidFunction.class, "SnpCpuidFunction", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnpCpuidFunction_EaxIn(), ecorePackage.getELong(), "eaxIn", null, 0, 1, //$NON-NLS-1$
				SnpCpuidFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidFunction_EcxIn(), ecorePackage.getELong(), "ecxIn", null, 0, 1, //$NON-NLS-1$
				SnpCpuidFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidFunction_Xcr0In(), ecorePackage.getELong(), "xcr0In", null, 0, 1, //$NON-NLS-1$
				SnpCpuidFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidFunction_XssIn(), ecorePackage.getELong(), "xssIn", null, 0, 1, //$NON-NLS-1$
				SnpCpuidFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidFunction_Eax(), ecorePackage.getELong(), "eax", null, 0, 1, SnpCpuidFunction.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidFunction_Ebx(), ecorePackage.getELong(), "ebx", null, 0, 1, SnpCpuidFunction.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidFunction_Ecx(), ecorePackage.getELong(), "ecx", null, 0, 1, SnpCpuidFunction.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidFunction_Edx(), ecorePackage.getELong(), "edx", null, 0, 1, SnpCpuidFunction.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidFunction_Reserved(), ecorePackage.getELong(), "reserved", null, 0, 1, //$NON-NLS-1$
				SnpCpuidFunction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		initEClass(snpCpuidMismatchEClass, SnpCpuidMismatch.class, "SnpCpuidMismatch", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnpCpuidMismatch_Function(), ecorePackage.getELong(), "function", null, 0, 1, //$NON-NLS-1$
				SnpCpuidMismatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpCpuidMismatch_Index(), ecorePackage.getELong(), "index", null, 0, 1, //$NON-NLS-1$
				SnpCpuidMismatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEReference(getSnpCpuidMismatch_Provided(), this.getSnpCpuidFunction(), null, "provided", null, 0, 1, //$NON-NLS-1$
				SnpCpuidMismatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnpCpuidMismatch_Expected(), this.getSnpCpuidFunction(), null, "expected", null, 0, 1, //$NON-NLS-1$
				SnpCpuidMismatch.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sevHostEClass, SevHost.class, "SevHost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getSevHost_SevEnabled(), ecorePackage.getEBoolean(), "sevEnabled", "true", 0, 1, SevHost.class, //$NON-NLS-1$//$NON-NLS-2$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevHost_SevEsEnabled(), ecorePackage.getEBoolean(), "sevEsEnabled", "true", 0, 1, //$NON-NLS-1$//$NON-NLS-2$
				SevHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevHost_SnpEnabled(), ecorePackage.getEBoolean(), "snpEnabled", "true", 0, 1, SevHost.class, //$NON-NLS-1$//$NON-NLS-2$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevHost_VmTypes(), ecorePackage.getEInt(), "vmTypes", "29", 0, 1, SevHost.class, //$NON-NLS-1$//$NON-NLS-2$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snpLaunchFinishEClass, SnpLaunchFinish.class, "SnpLaunchFinish", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnpLaunchFinish_IdBlockUaddr(), ecorePackage.getELong(), "idBlockUaddr", null, 0, 1, //$NON-NLS-1$
				SnpLaunchFinish.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchFinish_IdAuthUaddr(), ecorePackage.getELong(), "idAuthUaddr", null, 0, 1, //$NON-NLS-1$
				SnpLaunchFinish.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchFinish_IdBlockEn(), ecorePackage.getEBoolean(), "idBlockEn", null, 0, 1, //$NON-NLS-1$
				SnpLaunchFinish.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchFinish_AuthKeyEn(), ecorePackage.getEBoolean(), "authKeyEn", null, 0, 1, //$NON-NLS-1$
				SnpLaunchFinish.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchFinish_VcekDisabled(), ecorePackage.getEBoolean(), "vcekDisabled", null, 0, 1, //$NON-NLS-1$
				SnpLaunchFinish.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchFinish_HostData(), ecorePackage.getEByteArray(), "hostData", null, 0, 1, //$NON-NLS-1$
				SnpLaunchFinish.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpLaunchFinish_Flags(), ecorePackage.getEInt(), "flags", null, 0, 1, SnpLaunchFinish.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnpLaunchFinish_IdBlock(), this.getSnpIdBlock(), null, "idBlock", null, 0, 1, //$NON-NLS-1$
				SnpLaunchFinish.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnpLaunchFinish_IdAuth(), this.getSnpIdAuth(), null, "idAuth", null, 0, 1, //$NON-NLS-1$
				SnpLaunchFinish.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snpIdBlockEClass, SnpIdBlock.class, "SnpIdBlock", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnpIdBlock_Ld(), ecorePackage.getEByteArray(), "ld", null, 0, 1, SnpIdBlock.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpIdBlock_FamilyId(), ecorePackage.getEByteArray(), "familyId", null, 0, 1, SnpIdBlock.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpIdBlock_ImageId(), ecorePackage.getEByteArray(), "imageId", null, 0, 1, SnpIdBlock.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpIdBlock_Version(), ecorePackage.getEInt(), "version", null, 0, 1, SnpIdBlock.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpIdBlock_GuestSvn(), ecorePackage.getEInt(), "guestSvn", null, 0, 1, SnpIdBlock.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpIdBlock_Policy(), ecorePackage.getELong(), "policy", null, 0, 1, SnpIdBlock.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(snpIdAuthEClass, SnpIdAuth.class, "SnpIdAuth", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSnpIdAuth_IdKeyAlgo(), ecorePackage.getEInt(), "idKeyAlgo", null, 0, 1, SnpIdAuth.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSnpIdAuth_AuthKeyAlgo(), ecorePackage.getEInt(), "authKeyAlgo", null, 0, 1, SnpIdAuth.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnpIdAuth_IdBlockSig(), this.getEcdsaSignature(), null, "idBlockSig", null, 0, 1, //$NON-NLS-1$
				SnpIdAuth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnpIdAuth_IdKey(), this.getEcdsaPublicKey(), null, "idKey", null, 0, 1, SnpIdAuth.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnpIdAuth_IdKeySig(), this.getEcdsaSignature(), null, "idKeySig", null, 0, 1, SnpIdAuth.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE,
				IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSnpIdAuth_AuthorKey(), this.getEcdsaPublicKey(), null, "authorKey", null, 0, 1, //$NON-NLS-1$
				SnpIdAuth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES,
				!IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ecdsaSignatureEClass, EcdsaSignature.class, "EcdsaSignature", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEcdsaSignature_R(), ecorePackage.getEByteArray(), "r", null, 0, 1, EcdsaSignature.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEcdsaSignature_S(), ecorePackage.getEByteArray(), "s", null, 0, 1, EcdsaSignature.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ecdsaPublicKeyEClass, EcdsaPublicKey.class, "EcdsaPublicKey", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEcdsaPublicKey_Curve(), ecorePackage.getEInt(), "curve", null, 0, 1, EcdsaPublicKey.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEcdsaPublicKey_Qx(), ecorePackage.getEByteArray(), "qx", null, 0, 1, EcdsaPublicKey.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEcdsaPublicKey_Qy(), ecorePackage.getEByteArray(), "qy", null, 0, 1, EcdsaPublicKey.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sevLaunchConfigEClass, SevLaunchConfig.class, "SevLaunchConfig", !IS_ABSTRACT, !IS_INTERFACE, //$NON-NLS-1$
				IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSevLaunchConfig_Mode(), this.getSevMode(), "mode", null, 0, 1, SevLaunchConfig.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_VcpuType(), ecorePackage.getEString(), "vcpuType", null, 0, 1, //$NON-NLS-1$
				SevLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_VcpuSig(), ecorePackage.getELong(), "vcpuSig", null, 0, 1, //$NON-NLS-1$
				SevLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_GuestFeatures(), ecorePackage.getELong(), "guestFeatures", "1", 0, 1, //$NON-NLS-1$//$NON-NLS-2$
				SevLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_Policy(), ecorePackage.getELong(), "policy", null, 0, 1, //$NON-NLS-1$
				SevLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_Vmm(), this.getVmmType(), "vmm", "QEMU", 0, 1, SevLaunchConfig.class, //$NON-NLS-1$//$NON-NLS-2$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_LegacyInit(), ecorePackage.getEBoolean(), "legacyInit", null, 0, 1, //$NON-NLS-1$
				SevLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_SnpOvmfHash(), ecorePackage.getEByteArray(), "snpOvmfHash", null, 0, 1, //$NON-NLS-1$
				SevLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_Svsm(), ecorePackage.getEString(), "svsm", null, 0, 1, SevLaunchConfig.class, //$NON-NLS-1$
				!IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSevLaunchConfig_VarsSize(), ecorePackage.getELong(), "varsSize", null, 0, 1, //$NON-NLS-1$
				SevLaunchConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE,
				!IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(sevCommandIdEEnum, SevCommandId.class, "SevCommandId"); //$NON-NLS-1$
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_INIT);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_ES_INIT);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_LAUNCH_START);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_LAUNCH_UPDATE_DATA);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_LAUNCH_UPDATE_VMSA);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_LAUNCH_SECRET);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_LAUNCH_MEASURE);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_LAUNCH_FINISH);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_SEND_START);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_SEND_UPDATE_DATA);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_SEND_UPDATE_VMSA);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_SEND_FINISH);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_RECEIVE_START);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_RECEIVE_UPDATE_DATA);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_RECEIVE_UPDATE_VMSA);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_RECEIVE_FINISH);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_GUEST_STATUS);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_DBG_DECRYPT);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_DBG_ENCRYPT);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_CERT_EXPORT);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_GET_ATTESTATION_REPORT);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_SEND_CANCEL);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_INIT2);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_SNP_LAUNCH_START);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_SNP_LAUNCH_UPDATE);
		addEEnumLiteral(sevCommandIdEEnum, SevCommandId.KVM_SEV_SNP_LAUNCH_FINISH);

		initEEnum(snpPageTypeEEnum, SnpPageType.class, "SnpPageType"); //$NON-NLS-1$
		addEEnumLiteral(snpPageTypeEEnum, SnpPageType.INVALID);
		addEEnumLiteral(snpPageTypeEEnum, SnpPageType.NORMAL);
		addEEnumLiteral(snpPageTypeEEnum, SnpPageType.VMSA);
		addEEnumLiteral(snpPageTypeEEnum, SnpPageType.ZERO);
		addEEnumLiteral(snpPageTypeEEnum, SnpPageType.UNMEASURED);
		addEEnumLiteral(snpPageTypeEEnum, SnpPageType.SECRETS);
		addEEnumLiteral(snpPageTypeEEnum, SnpPageType.CPUID);

		initEEnum(sevPolicyBitEEnum, SevPolicyBit.class, "SevPolicyBit"); //$NON-NLS-1$
		addEEnumLiteral(sevPolicyBitEEnum, SevPolicyBit.NODBG);
		addEEnumLiteral(sevPolicyBitEEnum, SevPolicyBit.NOKS);
		addEEnumLiteral(sevPolicyBitEEnum, SevPolicyBit.ES);
		addEEnumLiteral(sevPolicyBitEEnum, SevPolicyBit.NOSEND);
		addEEnumLiteral(sevPolicyBitEEnum, SevPolicyBit.DOMAIN);
		addEEnumLiteral(sevPolicyBitEEnum, SevPolicyBit.SEV);

		initEEnum(snpPolicyBitEEnum, SnpPolicyBit.class, "SnpPolicyBit"); //$NON-NLS-1$
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.SMT);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.RESERVED_MBO);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.MIGRATE_MA);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.DEBUG);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.SINGLE_SOCKET);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.CXL_ALLOW);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.MEM_AES_256_XTS);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.RAPL_DIS);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.CIPHERTEXT_HIDING_DRAM);
		addEEnumLiteral(snpPolicyBitEEnum, SnpPolicyBit.PAGE_SWAP_DISABLE);

		initEEnum(sevFeatureEEnum, SevFeature.class, "SevFeature"); //$NON-NLS-1$
		addEEnumLiteral(sevFeatureEEnum, SevFeature.SNP_ACTIVE);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.VTOM);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.REFLECT_VC);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.RESTRICTED_INJECTION);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.ALTERNATE_INJECTION);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.DEBUG_SWAP);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.PREVENT_HOST_IBS);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.BTB_ISOLATION);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.VMPL_SSS);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.SECURE_TSC);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.VMGEXIT_PARAMETER);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.IBS_VIRTUALIZATION);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.VMSA_REG_PROT);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.SMT_PROTECTION);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.SECURE_AVIC);
		addEEnumLiteral(sevFeatureEEnum, SevFeature.IBPB_ON_ENTRY);

		initEEnum(sevGuestStateEEnum, SevGuestState.class, "SevGuestState"); //$NON-NLS-1$
		addEEnumLiteral(sevGuestStateEEnum, SevGuestState.UNINIT);
		addEEnumLiteral(sevGuestStateEEnum, SevGuestState.LUPDATE);
		addEEnumLiteral(sevGuestStateEEnum, SevGuestState.LSECRET);
		addEEnumLiteral(sevGuestStateEEnum, SevGuestState.RUNNING);
		addEEnumLiteral(sevGuestStateEEnum, SevGuestState.SUPDATE);
		addEEnumLiteral(sevGuestStateEEnum, SevGuestState.RUPDATE);
		addEEnumLiteral(sevGuestStateEEnum, SevGuestState.SENT);

		initEEnum(snpGuestStateEEnum, SnpGuestState.class, "SnpGuestState"); //$NON-NLS-1$
		addEEnumLiteral(snpGuestStateEEnum, SnpGuestState.INIT);
		addEEnumLiteral(snpGuestStateEEnum, SnpGuestState.LAUNCH);
		addEEnumLiteral(snpGuestStateEEnum, SnpGuestState.RUNNING);

		initEEnum(sevStatusEEnum, SevStatus.class, "SevStatus"); //$NON-NLS-1$
		addEEnumLiteral(sevStatusEEnum, SevStatus.SUCCESS);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_PLATFORM_STATE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_GUEST_STATE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_CONFIG);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_LENGTH);
		addEEnumLiteral(sevStatusEEnum, SevStatus.ALREADY_OWNED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_CERTIFICATE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.POLICY_FAILURE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INACTIVE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_ADDRESS);
		addEEnumLiteral(sevStatusEEnum, SevStatus.BAD_SIGNATURE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.BAD_MEASUREMENT);
		addEEnumLiteral(sevStatusEEnum, SevStatus.ASID_OWNED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_ASID);
		addEEnumLiteral(sevStatusEEnum, SevStatus.WBINVD_REQUIRED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.DFFLUSH_REQUIRED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_GUEST);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_COMMAND);
		addEEnumLiteral(sevStatusEEnum, SevStatus.ACTIVE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.HWERROR_PLATFORM);
		addEEnumLiteral(sevStatusEEnum, SevStatus.HWERROR_UNSAFE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.UNSUPPORTED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_PARAM);
		addEEnumLiteral(sevStatusEEnum, SevStatus.RESOURCE_LIMIT);
		addEEnumLiteral(sevStatusEEnum, SevStatus.SECURE_DATA_INVALID);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_PAGE_SIZE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_PAGE_STATE);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_MDATA_ENTRY);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_PAGE_OWNER);
		addEEnumLiteral(sevStatusEEnum, SevStatus.AEAD_OFLOW);
		addEEnumLiteral(sevStatusEEnum, SevStatus.RING_BUFFER_EXIT);
		addEEnumLiteral(sevStatusEEnum, SevStatus.RMP_INIT_REQUIRED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.BAD_SVN);
		addEEnumLiteral(sevStatusEEnum, SevStatus.BAD_VERSION);
		addEEnumLiteral(sevStatusEEnum, SevStatus.SHUTDOWN_REQUIRED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.UPDATE_FAILED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.RESTORE_REQUIRED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.RMP_INITIALIZATION_FAILED);
		addEEnumLiteral(sevStatusEEnum, SevStatus.INVALID_KEY);

		// Initialize data types
		initEDataType(sevModeEDataType, SevMode.class, "SevMode", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEDataType(vmmTypeEDataType, VmmType.class, "VmmType", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$

		// Create resource
		createResource(eNS_URI);
	}

} //SevPackageImpl
