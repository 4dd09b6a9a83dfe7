/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.model.impl.LaunchConfigImpl;

import org.cocolaunch.sev.model.SevFactory;
import org.cocolaunch.sev.model.SevLaunchConfig;
import org.cocolaunch.sev.model.SevMode;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.VmmType;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Launch Config</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getVcpuType <em>Vcpu Type</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getVcpuSig <em>Vcpu Sig</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getGuestFeatures <em>Guest Features</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getPolicy <em>Policy</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getVmm <em>Vmm</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#isLegacyInit <em>Legacy Init</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getSnpOvmfHash <em>Snp Ovmf Hash</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getSvsm <em>Svsm</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SevLaunchConfigImpl#getVarsSize <em>Vars Size</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SevLaunchConfigImpl extends LaunchConfigImpl implements SevLaunchConfig {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final SevMode MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected SevMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVcpuType() <em>Vcpu Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuType()
	 * @generated
	 * @ordered
	 */
	protected static final String VCPU_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVcpuType() <em>Vcpu Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuType()
	 * @generated
	 * @ordered
	 */
	protected String vcpuType = VCPU_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVcpuSig() <em>Vcpu Sig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuSig()
	 * @generated
	 * @ordered
	 */
	protected static final long VCPU_SIG_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVcpuSig() <em>Vcpu Sig</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuSig()
	 * @generated
	 * @ordered
	 */
	protected long vcpuSig = VCPU_SIG_EDEFAULT;

	/**
	 * The default value of the '{@link #getGuestFeatures() <em>Guest Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestFeatures()
	 * @generated
	 * @ordered
	 */
	protected static final long GUEST_FEATURES_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getGuestFeatures() <em>Guest Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuestFeatures()
	 * @generated
	 * @ordered
	 */
	protected long guestFeatures = GUEST_FEATURES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final long POLICY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPolicy() <em>Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolicy()
	 * @generated
	 * @ordered
	 */
	protected long policy = POLICY_EDEFAULT;

	/**
	 * This is true if the Policy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean policyESet;

	/**
	 * The default value of the '{@link #getVmm() <em>Vmm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmm()
	 * @generated
	 * @ordered
	 */
	protected static final VmmType VMM_EDEFAULT = (VmmType) SevFactory.eINSTANCE
			.createFromString(SevPackage.eINSTANCE.getVmmType(), "QEMU"); //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getVmm() <em>Vmm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVmm()
	 * @generated
	 * @ordered
	 */
	protected VmmType vmm = VMM_EDEFAULT;

	/**
	 * The default value of the '{@link #isLegacyInit() <em>Legacy Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLegacyInit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LEGACY_INIT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLegacyInit() <em>Legacy Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLegacyInit()
	 * @generated
	 * @ordered
	 */
	protected boolean legacyInit = LEGACY_INIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSnpOvmfHash() <em>Snp Ovmf Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnpOvmfHash()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] SNP_OVMF_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSnpOvmfHash() <em>Snp Ovmf Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnpOvmfHash()
	 * @generated
	 * @ordered
	 */
	protected byte[] snpOvmfHash = SNP_OVMF_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSvsm() <em>Svsm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSvsm()
	 * @generated
	 * @ordered
	 */
	protected static final String SVSM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSvsm() <em>Svsm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSvsm()
	 * @generated
	 * @ordered
	 */
	protected String svsm = SVSM_EDEFAULT;

	/**
	 * The default value of the '{@link #getVarsSize() <em>Vars Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVarsSize()
	 * @generated
	 * @ordered
	 */
	protected static final long VARS_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getVarsSize() <em>Vars Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVarsSize()
	 * @generated
	 * @ordered
	 */
	protected long varsSize = VARS_SIZE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SevLaunchConfigImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SEV_LAUNCH_CONFIG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SevMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(SevMode newMode) {
		SevMode oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVcpuType() {
		return vcpuType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpuType(String newVcpuType) {
		String oldVcpuType = vcpuType;
		vcpuType = newVcpuType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__VCPU_TYPE, oldVcpuType,
					vcpuType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVcpuSig() {
		return vcpuSig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpuSig(long newVcpuSig) {
		long oldVcpuSig = vcpuSig;
		vcpuSig = newVcpuSig;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__VCPU_SIG, oldVcpuSig,
					vcpuSig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getGuestFeatures() {
		return guestFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuestFeatures(long newGuestFeatures) {
		long oldGuestFeatures = guestFeatures;
		guestFeatures = newGuestFeatures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__GUEST_FEATURES,
					oldGuestFeatures, guestFeatures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPolicy() {
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolicy(long newPolicy) {
		long oldPolicy = policy;
		policy = newPolicy;
		boolean oldPolicyESet = policyESet;
		policyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__POLICY, oldPolicy,
					policy, !oldPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPolicy() {
		long oldPolicy = policy;
		boolean oldPolicyESet = policyESet;
		policy = POLICY_EDEFAULT;
		policyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SEV_LAUNCH_CONFIG__POLICY, oldPolicy,
					POLICY_EDEFAULT, oldPolicyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPolicy() {
		return policyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VmmType getVmm() {
		return vmm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVmm(VmmType newVmm) {
		VmmType oldVmm = vmm;
		vmm = newVmm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__VMM, oldVmm, vmm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLegacyInit() {
		return legacyInit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegacyInit(boolean newLegacyInit) {
		boolean oldLegacyInit = legacyInit;
		legacyInit = newLegacyInit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__LEGACY_INIT,
					oldLegacyInit, legacyInit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getSnpOvmfHash() {
		return snpOvmfHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSnpOvmfHash(byte[] newSnpOvmfHash) {
		byte[] oldSnpOvmfHash = snpOvmfHash;
		snpOvmfHash = newSnpOvmfHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__SNP_OVMF_HASH,
					oldSnpOvmfHash, snpOvmfHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSvsm() {
		return svsm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSvsm(String newSvsm) {
		String oldSvsm = svsm;
		svsm = newSvsm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__SVSM, oldSvsm, svsm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getVarsSize() {
		return varsSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVarsSize(long newVarsSize) {
		long oldVarsSize = varsSize;
		varsSize = newVarsSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SEV_LAUNCH_CONFIG__VARS_SIZE, oldVarsSize,
					varsSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_CONFIG__MODE:
			return getMode();
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_TYPE:
			return getVcpuType();
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_SIG:
			return getVcpuSig();
		case SevPackage.SEV_LAUNCH_CONFIG__GUEST_FEATURES:
			return getGuestFeatures();
		case SevPackage.SEV_LAUNCH_CONFIG__POLICY:
			return getPolicy();
		case SevPackage.SEV_LAUNCH_CONFIG__VMM:
			return getVmm();
		case SevPackage.SEV_LAUNCH_CONFIG__LEGACY_INIT:
			return isLegacyInit();
		case SevPackage.SEV_LAUNCH_CONFIG__SNP_OVMF_HASH:
			return getSnpOvmfHash();
		case SevPackage.SEV_LAUNCH_CONFIG__SVSM:
			return getSvsm();
		case SevPackage.SEV_LAUNCH_CONFIG__VARS_SIZE:
			return getVarsSize();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_CONFIG__MODE:
			setMode((SevMode) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_TYPE:
			setVcpuType((String) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_SIG:
			setVcpuSig((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__GUEST_FEATURES:
			setGuestFeatures((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__POLICY:
			setPolicy((Long) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__VMM:
			setVmm((VmmType) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__LEGACY_INIT:
			setLegacyInit((Boolean) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__SNP_OVMF_HASH:
			setSnpOvmfHash((byte[]) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__SVSM:
			setSvsm((String) newValue);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__VARS_SIZE:
			setVarsSize((Long) newValue);
			return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_CONFIG__MODE:
			setMode(MODE_EDEFAULT);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_TYPE:
			setVcpuType(VCPU_TYPE_EDEFAULT);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_SIG:
			setVcpuSig(VCPU_SIG_EDEFAULT);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__GUEST_FEATURES:
			setGuestFeatures(GUEST_FEATURES_EDEFAULT);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__POLICY:
			unsetPolicy();
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__VMM:
			setVmm(VMM_EDEFAULT);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__LEGACY_INIT:
			setLegacyInit(LEGACY_INIT_EDEFAULT);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__SNP_OVMF_HASH:
			setSnpOvmfHash(SNP_OVMF_HASH_EDEFAULT);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__SVSM:
			setSvsm(SVSM_EDEFAULT);
			return;
		case SevPackage.SEV_LAUNCH_CONFIG__VARS_SIZE:
			setVarsSize(VARS_SIZE_EDEFAULT);
			return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
		case SevPackage.SEV_LAUNCH_CONFIG__MODE:
			return MODE_EDEFAULT == null ? mode != null : !MODE_EDEFAULT.equals(mode);
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_TYPE:
			return VCPU_TYPE_EDEFAULT == null ? vcpuType != null : !VCPU_TYPE_EDEFAULT.equals(vcpuType);
		case SevPackage.SEV_LAUNCH_CONFIG__VCPU_SIG:
			return vcpuSig != VCPU_SIG_EDEFAULT;
		case SevPackage.SEV_LAUNCH_CONFIG__GUEST_FEATURES:
			return guestFeatures != GUEST_FEATURES_EDEFAULT;
		case SevPackage.SEV_LAUNCH_CONFIG__POLICY:
			return isSetPolicy();
		case SevPackage.SEV_LAUNCH_CONFIG__VMM:
			return VMM_EDEFAULT == null ? vmm != null : !VMM_EDEFAULT.equals(vmm);
		case SevPackage.SEV_LAUNCH_CONFIG__LEGACY_INIT:
			return legacyInit != LEGACY_INIT_EDEFAULT;
		case SevPackage.SEV_LAUNCH_CONFIG__SNP_OVMF_HASH:
			return SNP_OVMF_HASH_EDEFAULT == null ? snpOvmfHash != null : !SNP_OVMF_HASH_EDEFAULT.equals(snpOvmfHash);
		case SevPackage.SEV_LAUNCH_CONFIG__SVSM:
			return SVSM_EDEFAULT == null ? svsm != null : !SVSM_EDEFAULT.equals(svsm);
		case SevPackage.SEV_LAUNCH_CONFIG__VARS_SIZE:
			return varsSize != VARS_SIZE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy())
			return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mode: "); //$NON-NLS-1$
		result.append(mode);
		result.append(", vcpuType: "); //$NON-NLS-1$
		result.append(vcpuType);
		result.append(", vcpuSig: "); //$NON-NLS-1$
		result.append(vcpuSig);
		result.append(", guestFeatures: "); //$NON-NLS-1$
		result.append(guestFeatures);
		result.append(", policy: "); //$NON-NLS-1$
		if (policyESet)
			result.append(policy);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", vmm: "); //$NON-NLS-1$
		result.append(vmm);
		result.append(", legacyInit: "); //$NON-NLS-1$
		result.append(legacyInit);
		result.append(", snpOvmfHash: "); //$NON-NLS-1$
		result.append(snpOvmfHash);
		result.append(", svsm: "); //$NON-NLS-1$
		result.append(svsm);
		result.append(", varsSize: "); //$NON-NLS-1$
		result.append(varsSize);
		result.append(')');
		return result.toString();
	}

} //SevLaunchConfigImpl
