/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.*;

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
public class SevFactoryImpl extends EFactoryImpl implements SevFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SevFactory init() {
		try {
			SevFactory theSevFactory = (SevFactory) EPackage.Registry.INSTANCE.getEFactory(SevPackage.eNS_URI);
			if (theSevFactory != null) {
				return theSevFactory;
			}
		} catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SevFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevFactoryImpl() {
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
		case SevPackage.VMCB_SEGMENT:
			return createVmcbSegment();
		case SevPackage.VMSA:
			return createVmsa();
		case SevPackage.SEV_INIT:
			return createSevInit();
		case SevPackage.SEV_LEGACY_INIT:
			return createSevLegacyInit();
		case SevPackage.SEV_LAUNCH_START:
			return createSevLaunchStart();
		case SevPackage.SEV_LAUNCH_UPDATE_DATA:
			return createSevLaunchUpdateData();
		case SevPackage.SEV_LAUNCH_UPDATE_VMSA:
			return createSevLaunchUpdateVmsa();
		case SevPackage.SEV_LAUNCH_MEASURE:
			return createSevLaunchMeasure();
		case SevPackage.SEV_LAUNCH_SECRET:
			return createSevLaunchSecret();
		case SevPackage.SEV_LAUNCH_FINISH:
			return createSevLaunchFinish();
		case SevPackage.SEV_GUEST_STATUS:
			return createSevGuestStatus();
		case SevPackage.SNP_LAUNCH_START:
			return createSnpLaunchStart();
		case SevPackage.SNP_LAUNCH_UPDATE:
			return createSnpLaunchUpdate();
		case SevPackage.SNP_CPUID_FUNCTION:
			return createSnpCpuidFunction();
		case SevPackage.SNP_CPUID_MISMATCH:
			return createSnpCpuidMismatch();
		case SevPackage.SEV_HOST:
			return createSevHost();
		case SevPackage.SNP_LAUNCH_FINISH:
			return createSnpLaunchFinish();
		case SevPackage.SNP_ID_BLOCK:
			return createSnpIdBlock();
		case SevPackage.SNP_ID_AUTH:
			return createSnpIdAuth();
		case SevPackage.ECDSA_SIGNATURE:
			return createEcdsaSignature();
		case SevPackage.ECDSA_PUBLIC_KEY:
			return createEcdsaPublicKey();
		case SevPackage.SEV_LAUNCH_CONFIG:
			return createSevLaunchConfig();
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
		case SevPackage.SEV_COMMAND_ID:
			return createSevCommandIdFromString(eDataType, initialValue);
		case SevPackage.SNP_PAGE_TYPE:
			return createSnpPageTypeFromString(eDataType, initialValue);
		case SevPackage.SEV_POLICY_BIT:
			return createSevPolicyBitFromString(eDataType, initialValue);
		case SevPackage.SNP_POLICY_BIT:
			return createSnpPolicyBitFromString(eDataType, initialValue);
		case SevPackage.SEV_FEATURE:
			return createSevFeatureFromString(eDataType, initialValue);
		case SevPackage.SEV_GUEST_STATE:
			return createSevGuestStateFromString(eDataType, initialValue);
		case SevPackage.SNP_GUEST_STATE:
			return createSnpGuestStateFromString(eDataType, initialValue);
		case SevPackage.SEV_STATUS:
			return createSevStatusFromString(eDataType, initialValue);
		case SevPackage.SEV_MODE:
			return createSevModeFromString(eDataType, initialValue);
		case SevPackage.VMM_TYPE:
			return createVmmTypeFromString(eDataType, initialValue);
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
		case SevPackage.SEV_COMMAND_ID:
			return convertSevCommandIdToString(eDataType, instanceValue);
		case SevPackage.SNP_PAGE_TYPE:
			return convertSnpPageTypeToString(eDataType, instanceValue);
		case SevPackage.SEV_POLICY_BIT:
			return convertSevPolicyBitToString(eDataType, instanceValue);
		case SevPackage.SNP_POLICY_BIT:
			return convertSnpPolicyBitToString(eDataType, instanceValue);
		case SevPackage.SEV_FEATURE:
			return convertSevFeatureToString(eDataType, instanceValue);
		case SevPackage.SEV_GUEST_STATE:
			return convertSevGuestStateToString(eDataType, instanceValue);
		case SevPackage.SNP_GUEST_STATE:
			return convertSnpGuestStateToString(eDataType, instanceValue);
		case SevPackage.SEV_STATUS:
			return convertSevStatusToString(eDataType, instanceValue);
		case SevPackage.SEV_MODE:
			return convertSevModeToString(eDataType, instanceValue);
		case SevPackage.VMM_TYPE:
			return convertVmmTypeToString(eDataType, instanceValue);
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
	public VmcbSegment createVmcbSegment() {
		VmcbSegmentImpl vmcbSegment = new VmcbSegmentImpl();
		return vmcbSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vmsa createVmsa() {
		VmsaImpl vmsa = new VmsaImpl();
		return vmsa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevInit createSevInit() {
		SevInitImpl sevInit = new SevInitImpl();
		return sevInit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevLegacyInit createSevLegacyInit() {
		SevLegacyInitImpl sevLegacyInit = new SevLegacyInitImpl();
		return sevLegacyInit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevLaunchStart createSevLaunchStart() {
		SevLaunchStartImpl sevLaunchStart = new SevLaunchStartImpl();
		return sevLaunchStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevLaunchUpdateData createSevLaunchUpdateData() {
		SevLaunchUpdateDataImpl sevLaunchUpdateData = new SevLaunchUpdateDataImpl();
		return sevLaunchUpdateData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevLaunchUpdateVmsa createSevLaunchUpdateVmsa() {
		SevLaunchUpdateVmsaImpl sevLaunchUpdateVmsa = new SevLaunchUpdateVmsaImpl();
		return sevLaunchUpdateVmsa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevLaunchMeasure createSevLaunchMeasure() {
		SevLaunchMeasureImpl sevLaunchMeasure = new SevLaunchMeasureImpl();
		return sevLaunchMeasure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevLaunchSecret createSevLaunchSecret() {
		SevLaunchSecretImpl sevLaunchSecret = new SevLaunchSecretImpl();
		return sevLaunchSecret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevLaunchFinish createSevLaunchFinish() {
		SevLaunchFinishImpl sevLaunchFinish = new SevLaunchFinishImpl();
		return sevLaunchFinish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevGuestStatus createSevGuestStatus() {
		SevGuestStatusImpl sevGuestStatus = new SevGuestStatusImpl();
		return sevGuestStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpLaunchStart createSnpLaunchStart() {
		SnpLaunchStartImpl snpLaunchStart = new SnpLaunchStartImpl();
		return snpLaunchStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpLaunchUpdate createSnpLaunchUpdate() {
		SnpLaunchUpdateImpl snpLaunchUpdate = new SnpLaunchUpdateImpl();
		return snpLaunchUpdate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpCpuidFunction createSnpCpuidFunction() {
		SnpCpuidFunctionImpl snpCpuidFunction = new SnpCpuidFunctionImpl();
		return snpCpuidFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpCpuidMismatch createSnpCpuidMismatch() {
		SnpCpuidMismatchImpl snpCpuidMismatch = new SnpCpuidMismatchImpl();
		return snpCpuidMismatch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevHost createSevHost() {
		SevHostImpl sevHost = new SevHostImpl();
		return sevHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpLaunchFinish createSnpLaunchFinish() {
		SnpLaunchFinishImpl snpLaunchFinish = new SnpLaunchFinishImpl();
		return snpLaunchFinish;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpIdBlock createSnpIdBlock() {
		SnpIdBlockImpl snpIdBlock = new SnpIdBlockImpl();
		return snpIdBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SnpIdAuth createSnpIdAuth() {
		SnpIdAuthImpl snpIdAuth = new SnpIdAuthImpl();
		return snpIdAuth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcdsaSignature createEcdsaSignature() {
		EcdsaSignatureImpl ecdsaSignature = new EcdsaSignatureImpl();
		return ecdsaSignature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcdsaPublicKey createEcdsaPublicKey() {
		EcdsaPublicKeyImpl ecdsaPublicKey = new EcdsaPublicKeyImpl();
		return ecdsaPublicKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevLaunchConfig createSevLaunchConfig() {
		SevLaunchConfigImpl sevLaunchConfig = new SevLaunchConfigImpl();
		return sevLaunchConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevCommandId createSevCommandIdFromString(EDataType eDataType, String initialValue) {
		SevCommandId result = SevCommandId.get(initialValue);
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
	public String convertSevCommandIdToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SnpPageType createSnpPageTypeFromString(EDataType eDataType, String initialValue) {
		SnpPageType result = SnpPageType.get(initialValue);
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
	public String convertSnpPageTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevPolicyBit createSevPolicyBitFromString(EDataType eDataType, String initialValue) {
		SevPolicyBit result = SevPolicyBit.get(initialValue);
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
	public String convertSevPolicyBitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SnpPolicyBit createSnpPolicyBitFromString(EDataType eDataType, String initialValue) {
		SnpPolicyBit result = SnpPolicyBit.get(initialValue);
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
	public String convertSnpPolicyBitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevFeature createSevFeatureFromString(EDataType eDataType, String initialValue) {
		SevFeature result = SevFeature.get(initialValue);
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
	public String convertSevFeatureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevGuestState createSevGuestStateFromString(EDataType eDataType, String initialValue) {
		SevGuestState result = SevGuestState.get(initialValue);
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
	public String convertSevGuestStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SnpGuestState createSnpGuestStateFromString(EDataType eDataType, String initialValue) {
		SnpGuestState result = SnpGuestState.get(initialValue);
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
	public String convertSnpGuestStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevStatus createSevStatusFromString(EDataType eDataType, String initialValue) {
		SevStatus result = SevStatus.get(initialValue);
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
	public String convertSevStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SevMode createSevModeFromString(EDataType eDataType, String initialValue) {
		return (SevMode) super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSevModeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VmmType createVmmTypeFromString(EDataType eDataType, String initialValue) {
		return (VmmType) super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVmmTypeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevPackage getSevPackage() {
		return (SevPackage) getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SevPackage getPackage() {
		return SevPackage.eINSTANCE;
	}

} //SevFactoryImpl
