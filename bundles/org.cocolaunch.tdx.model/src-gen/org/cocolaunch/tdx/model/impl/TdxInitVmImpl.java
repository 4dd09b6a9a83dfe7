/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import java.util.Collection;

import org.cocolaunch.tdx.model.CpuidEntry;
import org.cocolaunch.tdx.model.TdAttribute;
import org.cocolaunch.tdx.model.TdxInitVm;
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
 * An implementation of the model object '<em><b>Init Vm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl#getAttributeBits <em>Attribute Bits</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl#getXfam <em>Xfam</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl#getXfamBits <em>Xfam Bits</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl#getMrConfigId <em>Mr Config Id</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl#getMrOwner <em>Mr Owner</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl#getMrOwnerConfig <em>Mr Owner Config</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVmImpl#getCpuid <em>Cpuid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TdxInitVmImpl extends MinimalEObjectImpl.Container implements TdxInitVm {
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
	 * The cached value of the '{@link #getCpuid() <em>Cpuid</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuid()
	 * @generated
	 * @ordered
	 */
	protected EList<CpuidEntry> cpuid;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TdxInitVmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.TDX_INIT_VM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_VM__ATTRIBUTES, oldAttributes,
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
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_VM__XFAM, oldXfam, xfam));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_VM__MR_CONFIG_ID, oldMrConfigId,
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
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_VM__MR_OWNER, oldMrOwner,
					mrOwner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_VM__MR_OWNER_CONFIG,
					oldMrOwnerConfig, mrOwnerConfig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CpuidEntry> getCpuid() {
		if (cpuid == null) {
			cpuid = new EObjectContainmentEList<CpuidEntry>(CpuidEntry.class, this, TdxPackage.TDX_INIT_VM__CPUID);
		}
		return cpuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case TdxPackage.TDX_INIT_VM__CPUID:
			return ((InternalEList<?>) getCpuid()).basicRemove(otherEnd, msgs);
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
		case TdxPackage.TDX_INIT_VM__ATTRIBUTES:
			return getAttributes();
		case TdxPackage.TDX_INIT_VM__ATTRIBUTE_BITS:
			return getAttributeBits();
		case TdxPackage.TDX_INIT_VM__XFAM:
			return getXfam();
		case TdxPackage.TDX_INIT_VM__XFAM_BITS:
			return getXfamBits();
		case TdxPackage.TDX_INIT_VM__MR_CONFIG_ID:
			return getMrConfigId();
		case TdxPackage.TDX_INIT_VM__MR_OWNER:
			return getMrOwner();
		case TdxPackage.TDX_INIT_VM__MR_OWNER_CONFIG:
			return getMrOwnerConfig();
		case TdxPackage.TDX_INIT_VM__CPUID:
			return getCpuid();
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
		case TdxPackage.TDX_INIT_VM__ATTRIBUTES:
			setAttributes((Long) newValue);
			return;
		case TdxPackage.TDX_INIT_VM__XFAM:
			setXfam((Long) newValue);
			return;
		case TdxPackage.TDX_INIT_VM__MR_CONFIG_ID:
			setMrConfigId((byte[]) newValue);
			return;
		case TdxPackage.TDX_INIT_VM__MR_OWNER:
			setMrOwner((byte[]) newValue);
			return;
		case TdxPackage.TDX_INIT_VM__MR_OWNER_CONFIG:
			setMrOwnerConfig((byte[]) newValue);
			return;
		case TdxPackage.TDX_INIT_VM__CPUID:
			getCpuid().clear();
			getCpuid().addAll((Collection<? extends CpuidEntry>) newValue);
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
		case TdxPackage.TDX_INIT_VM__ATTRIBUTES:
			setAttributes(ATTRIBUTES_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_VM__XFAM:
			setXfam(XFAM_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_VM__MR_CONFIG_ID:
			setMrConfigId(MR_CONFIG_ID_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_VM__MR_OWNER:
			setMrOwner(MR_OWNER_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_VM__MR_OWNER_CONFIG:
			setMrOwnerConfig(MR_OWNER_CONFIG_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_VM__CPUID:
			getCpuid().clear();
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
		case TdxPackage.TDX_INIT_VM__ATTRIBUTES:
			return attributes != ATTRIBUTES_EDEFAULT;
		case TdxPackage.TDX_INIT_VM__ATTRIBUTE_BITS:
			return !getAttributeBits().isEmpty();
		case TdxPackage.TDX_INIT_VM__XFAM:
			return xfam != XFAM_EDEFAULT;
		case TdxPackage.TDX_INIT_VM__XFAM_BITS:
			return !getXfamBits().isEmpty();
		case TdxPackage.TDX_INIT_VM__MR_CONFIG_ID:
			return MR_CONFIG_ID_EDEFAULT == null ? mrConfigId != null : !MR_CONFIG_ID_EDEFAULT.equals(mrConfigId);
		case TdxPackage.TDX_INIT_VM__MR_OWNER:
			return MR_OWNER_EDEFAULT == null ? mrOwner != null : !MR_OWNER_EDEFAULT.equals(mrOwner);
		case TdxPackage.TDX_INIT_VM__MR_OWNER_CONFIG:
			return MR_OWNER_CONFIG_EDEFAULT == null ? mrOwnerConfig != null
					: !MR_OWNER_CONFIG_EDEFAULT.equals(mrOwnerConfig);
		case TdxPackage.TDX_INIT_VM__CPUID:
			return cpuid != null && !cpuid.isEmpty();
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
		result.append(", mrConfigId: "); //$NON-NLS-1$
		result.append(mrConfigId);
		result.append(", mrOwner: "); //$NON-NLS-1$
		result.append(mrOwner);
		result.append(", mrOwnerConfig: "); //$NON-NLS-1$
		result.append(mrOwnerConfig);
		result.append(')');
		return result.toString();
	}

} //TdxInitVmImpl
