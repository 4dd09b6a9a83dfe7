/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import java.util.Collection;

import org.cocolaunch.tdx.model.CpuidEntry;
import org.cocolaunch.tdx.model.TdAttribute;
import org.cocolaunch.tdx.model.TdParams;
import org.cocolaunch.tdx.model.TdxPackage;
import org.cocolaunch.tdx.model.XfamComponent;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Td Params</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getAttributeBits <em>Attribute Bits</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getXfam <em>Xfam</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getXfamBits <em>Xfam Bits</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getMaxVcpus <em>Max Vcpus</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getEptpControls <em>Eptp Controls</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getConfigFlags <em>Config Flags</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getTscFrequency <em>Tsc Frequency</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getMrConfigId <em>Mr Config Id</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getMrOwner <em>Mr Owner</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getMrOwnerConfig <em>Mr Owner Config</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdParamsImpl#getCpuidValues <em>Cpuid Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TdParamsImpl extends MinimalEObjectImpl.Container implements TdParams {
	/**
	 * The default value of the '{@link #getAttributes() <em>Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected static final long ATTRIBUTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected long attributes = ATTRIBUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getXfam() <em>Xfam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXfam()
	 * @generated
	 * @ordered
	 */
	protected static final long XFAM_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getXfam() <em>Xfam</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXfam()
	 * @generated
	 * @ordered
	 */
	protected long xfam = XFAM_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxVcpus() <em>Max Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVcpus()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_VCPUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxVcpus() <em>Max Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVcpus()
	 * @generated
	 * @ordered
	 */
	protected int maxVcpus = MAX_VCPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEptpControls() <em>Eptp Controls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEptpControls()
	 * @generated
	 * @ordered
	 */
	protected static final long EPTP_CONTROLS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEptpControls() <em>Eptp Controls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEptpControls()
	 * @generated
	 * @ordered
	 */
	protected long eptpControls = EPTP_CONTROLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConfigFlags() <em>Config Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigFlags()
	 * @generated
	 * @ordered
	 */
	protected static final long CONFIG_FLAGS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getConfigFlags() <em>Config Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfigFlags()
	 * @generated
	 * @ordered
	 */
	protected long configFlags = CONFIG_FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTscFrequency() <em>Tsc Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTscFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final int TSC_FREQUENCY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTscFrequency() <em>Tsc Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTscFrequency()
	 * @generated
	 * @ordered
	 */
	protected int tscFrequency = TSC_FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getMrConfigId() <em>Mr Config Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrConfigId()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] MR_CONFIG_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMrConfigId() <em>Mr Config Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrConfigId()
	 * @generated
	 * @ordered
	 */
	protected byte[] mrConfigId = MR_CONFIG_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMrOwner() <em>Mr Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrOwner()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] MR_OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMrOwner() <em>Mr Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrOwner()
	 * @generated
	 * @ordered
	 */
	protected byte[] mrOwner = MR_OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMrOwnerConfig() <em>Mr Owner Config</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrOwnerConfig()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] MR_OWNER_CONFIG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMrOwnerConfig() <em>Mr Owner Config</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrOwnerConfig()
	 * @generated
	 * @ordered
	 */
	protected byte[] mrOwnerConfig = MR_OWNER_CONFIG_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCpuidValues() <em>Cpuid Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuidValues()
	 * @generated
	 * @ordered
	 */
	protected EList<CpuidEntry> cpuidValues;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TdParamsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.TD_PARAMS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAttributes() {
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttributes(long newAttributes) {
		long oldAttributes = attributes;
		attributes = newAttributes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__ATTRIBUTES, oldAttributes,
					attributes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TdAttribute> getAttributeBits() {
		org.eclipse.emf.common.util.EList<TdAttribute> bits = new org.eclipse.emf.common.util.BasicEList<TdAttribute>();
		for (TdAttribute bit : TdAttribute.VALUES) {
			if (((getAttributes() >>> bit.getValue()) & 1L) != 0) {
				bits.add(bit);
			}
		}
		return org.eclipse.emf.common.util.ECollections.unmodifiableEList(bits);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getXfam() {
		return xfam;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXfam(long newXfam) {
		long oldXfam = xfam;
		xfam = newXfam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__XFAM, oldXfam, xfam));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<XfamComponent> getXfamBits() {
		org.eclipse.emf.common.util.EList<XfamComponent> bits = new org.eclipse.emf.common.util.BasicEList<XfamComponent>();
		for (XfamComponent bit : XfamComponent.VALUES) {
			if (((getXfam() >>> bit.getValue()) & 1L) != 0) {
				bits.add(bit);
			}
		}
		return org.eclipse.emf.common.util.ECollections.unmodifiableEList(bits);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxVcpus() {
		return maxVcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxVcpus(int newMaxVcpus) {
		int oldMaxVcpus = maxVcpus;
		maxVcpus = newMaxVcpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__MAX_VCPUS, oldMaxVcpus,
					maxVcpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEptpControls() {
		return eptpControls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEptpControls(long newEptpControls) {
		long oldEptpControls = eptpControls;
		eptpControls = newEptpControls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__EPTP_CONTROLS, oldEptpControls,
					eptpControls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getConfigFlags() {
		return configFlags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfigFlags(long newConfigFlags) {
		long oldConfigFlags = configFlags;
		configFlags = newConfigFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__CONFIG_FLAGS, oldConfigFlags,
					configFlags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTscFrequency() {
		return tscFrequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTscFrequency(int newTscFrequency) {
		int oldTscFrequency = tscFrequency;
		tscFrequency = newTscFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__TSC_FREQUENCY, oldTscFrequency,
					tscFrequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getMrConfigId() {
		return mrConfigId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMrConfigId(byte[] newMrConfigId) {
		byte[] oldMrConfigId = mrConfigId;
		mrConfigId = newMrConfigId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__MR_CONFIG_ID, oldMrConfigId,
					mrConfigId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getMrOwner() {
		return mrOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMrOwner(byte[] newMrOwner) {
		byte[] oldMrOwner = mrOwner;
		mrOwner = newMrOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__MR_OWNER, oldMrOwner, mrOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getMrOwnerConfig() {
		return mrOwnerConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMrOwnerConfig(byte[] newMrOwnerConfig) {
		byte[] oldMrOwnerConfig = mrOwnerConfig;
		mrOwnerConfig = newMrOwnerConfig;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_PARAMS__MR_OWNER_CONFIG,
					oldMrOwnerConfig, mrOwnerConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CpuidEntry> getCpuidValues() {
		if (cpuidValues == null) {
			cpuidValues = new EObjectContainmentEList<CpuidEntry>(CpuidEntry.class, this,
					TdxPackage.TD_PARAMS__CPUID_VALUES);
		}
		return cpuidValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case TdxPackage.TD_PARAMS__CPUID_VALUES:
			return ((InternalEList<?>) getCpuidValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case TdxPackage.TD_PARAMS__ATTRIBUTES:
			return getAttributes();
		case TdxPackage.TD_PARAMS__ATTRIBUTE_BITS:
			return getAttributeBits();
		case TdxPackage.TD_PARAMS__XFAM:
			return getXfam();
		case TdxPackage.TD_PARAMS__XFAM_BITS:
			return getXfamBits();
		case TdxPackage.TD_PARAMS__MAX_VCPUS:
			return getMaxVcpus();
		case TdxPackage.TD_PARAMS__EPTP_CONTROLS:
			return getEptpControls();
		case TdxPackage.TD_PARAMS__CONFIG_FLAGS:
			return getConfigFlags();
		case TdxPackage.TD_PARAMS__TSC_FREQUENCY:
			return getTscFrequency();
		case TdxPackage.TD_PARAMS__MR_CONFIG_ID:
			return getMrConfigId();
		case TdxPackage.TD_PARAMS__MR_OWNER:
			return getMrOwner();
		case TdxPackage.TD_PARAMS__MR_OWNER_CONFIG:
			return getMrOwnerConfig();
		case TdxPackage.TD_PARAMS__CPUID_VALUES:
			return getCpuidValues();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
		case TdxPackage.TD_PARAMS__ATTRIBUTES:
			setAttributes((Long) newValue);
			return;
		case TdxPackage.TD_PARAMS__XFAM:
			setXfam((Long) newValue);
			return;
		case TdxPackage.TD_PARAMS__MAX_VCPUS:
			setMaxVcpus((Integer) newValue);
			return;
		case TdxPackage.TD_PARAMS__EPTP_CONTROLS:
			setEptpControls((Long) newValue);
			return;
		case TdxPackage.TD_PARAMS__CONFIG_FLAGS:
			setConfigFlags((Long) newValue);
			return;
		case TdxPackage.TD_PARAMS__TSC_FREQUENCY:
			setTscFrequency((Integer) newValue);
			return;
		case TdxPackage.TD_PARAMS__MR_CONFIG_ID:
			setMrConfigId((byte[]) newValue);
			return;
		case TdxPackage.TD_PARAMS__MR_OWNER:
			setMrOwner((byte[]) newValue);
			return;
		case TdxPackage.TD_PARAMS__MR_OWNER_CONFIG:
			setMrOwnerConfig((byte[]) newValue);
			return;
		case TdxPackage.TD_PARAMS__CPUID_VALUES:
			getCpuidValues().clear();
			getCpuidValues().addAll((Collection<? extends CpuidEntry>) newValue);
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
		case TdxPackage.TD_PARAMS__ATTRIBUTES:
			setAttributes(ATTRIBUTES_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__XFAM:
			setXfam(XFAM_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__MAX_VCPUS:
			setMaxVcpus(MAX_VCPUS_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__EPTP_CONTROLS:
			setEptpControls(EPTP_CONTROLS_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__CONFIG_FLAGS:
			setConfigFlags(CONFIG_FLAGS_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__TSC_FREQUENCY:
			setTscFrequency(TSC_FREQUENCY_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__MR_CONFIG_ID:
			setMrConfigId(MR_CONFIG_ID_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__MR_OWNER:
			setMrOwner(MR_OWNER_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__MR_OWNER_CONFIG:
			setMrOwnerConfig(MR_OWNER_CONFIG_EDEFAULT);
			return;
		case TdxPackage.TD_PARAMS__CPUID_VALUES:
			getCpuidValues().clear();
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
		case TdxPackage.TD_PARAMS__ATTRIBUTES:
			return attributes != ATTRIBUTES_EDEFAULT;
		case TdxPackage.TD_PARAMS__ATTRIBUTE_BITS:
			return !getAttributeBits().isEmpty();
		case TdxPackage.TD_PARAMS__XFAM:
			return xfam != XFAM_EDEFAULT;
		case TdxPackage.TD_PARAMS__XFAM_BITS:
			return !getXfamBits().isEmpty();
		case TdxPackage.TD_PARAMS__MAX_VCPUS:
			return maxVcpus != MAX_VCPUS_EDEFAULT;
		case TdxPackage.TD_PARAMS__EPTP_CONTROLS:
			return eptpControls != EPTP_CONTROLS_EDEFAULT;
		case TdxPackage.TD_PARAMS__CONFIG_FLAGS:
			return configFlags != CONFIG_FLAGS_EDEFAULT;
		case TdxPackage.TD_PARAMS__TSC_FREQUENCY:
			return tscFrequency != TSC_FREQUENCY_EDEFAULT;
		case TdxPackage.TD_PARAMS__MR_CONFIG_ID:
			return MR_CONFIG_ID_EDEFAULT == null ? mrConfigId != null : !MR_CONFIG_ID_EDEFAULT.equals(mrConfigId);
		case TdxPackage.TD_PARAMS__MR_OWNER:
			return MR_OWNER_EDEFAULT == null ? mrOwner != null : !MR_OWNER_EDEFAULT.equals(mrOwner);
		case TdxPackage.TD_PARAMS__MR_OWNER_CONFIG:
			return MR_OWNER_CONFIG_EDEFAULT == null ? mrOwnerConfig != null
					: !MR_OWNER_CONFIG_EDEFAULT.equals(mrOwnerConfig);
		case TdxPackage.TD_PARAMS__CPUID_VALUES:
			return cpuidValues != null && !cpuidValues.isEmpty();
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
		result.append(" (attributes: "); //$NON-NLS-1$
		result.append(attributes);
		result.append(", xfam: "); //$NON-NLS-1$
		result.append(xfam);
		result.append(", maxVcpus: "); //$NON-NLS-1$
		result.append(maxVcpus);
		result.append(", eptpControls: "); //$NON-NLS-1$
		result.append(eptpControls);
		result.append(", configFlags: "); //$NON-NLS-1$
		result.append(configFlags);
		result.append(", tscFrequency: "); //$NON-NLS-1$
		result.append(tscFrequency);
		result.append(", mrConfigId: "); //$NON-NLS-1$
		result.append(mrConfigId);
		result.append(", mrOwner: "); //$NON-NLS-1$
		result.append(mrOwner);
		result.append(", mrOwnerConfig: "); //$NON-NLS-1$
		result.append(mrOwnerConfig);
		result.append(')');
		return result.toString();
	}

} //TdParamsImpl
