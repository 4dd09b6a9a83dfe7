/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import org.cocolaunch.model.KvmInitVm;
import org.cocolaunch.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kvm Init Vm</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.KvmInitVmImpl#getIdentityMapAddr <em>Identity Map Addr</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmInitVmImpl#getTssAddr <em>Tss Addr</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmInitVmImpl#isIrqchip <em>Irqchip</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmInitVmImpl#isPit <em>Pit</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmInitVmImpl#isSupportedCpuid <em>Supported Cpuid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KvmInitVmImpl extends MinimalEObjectImpl.Container implements KvmInitVm {
	/**
	 * The default value of the '{@link #getIdentityMapAddr() <em>Identity Map Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityMapAddr()
	 * @generated
	 * @ordered
	 */
	protected static final long IDENTITY_MAP_ADDR_EDEFAULT = 4278173696L;

	/**
	 * The cached value of the '{@link #getIdentityMapAddr() <em>Identity Map Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityMapAddr()
	 * @generated
	 * @ordered
	 */
	protected long identityMapAddr = IDENTITY_MAP_ADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTssAddr() <em>Tss Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTssAddr()
	 * @generated
	 * @ordered
	 */
	protected static final long TSS_ADDR_EDEFAULT = 4278177792L;

	/**
	 * The cached value of the '{@link #getTssAddr() <em>Tss Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTssAddr()
	 * @generated
	 * @ordered
	 */
	protected long tssAddr = TSS_ADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #isIrqchip() <em>Irqchip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIrqchip()
	 * @generated
	 * @ordered
	 */
	protected static final boolean IRQCHIP_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isIrqchip() <em>Irqchip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIrqchip()
	 * @generated
	 * @ordered
	 */
	protected boolean irqchip = IRQCHIP_EDEFAULT;

	/**
	 * The default value of the '{@link #isPit() <em>Pit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPit()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PIT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPit() <em>Pit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPit()
	 * @generated
	 * @ordered
	 */
	protected boolean pit = PIT_EDEFAULT;

	/**
	 * The default value of the '{@link #isSupportedCpuid() <em>Supported Cpuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportedCpuid()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUPPORTED_CPUID_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isSupportedCpuid() <em>Supported Cpuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSupportedCpuid()
	 * @generated
	 * @ordered
	 */
	protected boolean supportedCpuid = SUPPORTED_CPUID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KvmInitVmImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.KVM_INIT_VM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIdentityMapAddr() {
		return identityMapAddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentityMapAddr(long newIdentityMapAddr) {
		long oldIdentityMapAddr = identityMapAddr;
		identityMapAddr = newIdentityMapAddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_INIT_VM__IDENTITY_MAP_ADDR,
					oldIdentityMapAddr, identityMapAddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTssAddr() {
		return tssAddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTssAddr(long newTssAddr) {
		long oldTssAddr = tssAddr;
		tssAddr = newTssAddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_INIT_VM__TSS_ADDR, oldTssAddr,
					tssAddr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIrqchip() {
		return irqchip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrqchip(boolean newIrqchip) {
		boolean oldIrqchip = irqchip;
		irqchip = newIrqchip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_INIT_VM__IRQCHIP, oldIrqchip,
					irqchip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPit() {
		return pit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPit(boolean newPit) {
		boolean oldPit = pit;
		pit = newPit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_INIT_VM__PIT, oldPit, pit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSupportedCpuid() {
		return supportedCpuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupportedCpuid(boolean newSupportedCpuid) {
		boolean oldSupportedCpuid = supportedCpuid;
		supportedCpuid = newSupportedCpuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_INIT_VM__SUPPORTED_CPUID,
					oldSupportedCpuid, supportedCpuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case ModelPackage.KVM_INIT_VM__IDENTITY_MAP_ADDR:
			return getIdentityMapAddr();
		case ModelPackage.KVM_INIT_VM__TSS_ADDR:
			return getTssAddr();
		case ModelPackage.KVM_INIT_VM__IRQCHIP:
			return isIrqchip();
		case ModelPackage.KVM_INIT_VM__PIT:
			return isPit();
		case ModelPackage.KVM_INIT_VM__SUPPORTED_CPUID:
			return isSupportedCpuid();
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
		case ModelPackage.KVM_INIT_VM__IDENTITY_MAP_ADDR:
			setIdentityMapAddr((Long) newValue);
			return;
		case ModelPackage.KVM_INIT_VM__TSS_ADDR:
			setTssAddr((Long) newValue);
			return;
		case ModelPackage.KVM_INIT_VM__IRQCHIP:
			setIrqchip((Boolean) newValue);
			return;
		case ModelPackage.KVM_INIT_VM__PIT:
			setPit((Boolean) newValue);
			return;
		case ModelPackage.KVM_INIT_VM__SUPPORTED_CPUID:
			setSupportedCpuid((Boolean) newValue);
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
		case ModelPackage.KVM_INIT_VM__IDENTITY_MAP_ADDR:
			setIdentityMapAddr(IDENTITY_MAP_ADDR_EDEFAULT);
			return;
		case ModelPackage.KVM_INIT_VM__TSS_ADDR:
			setTssAddr(TSS_ADDR_EDEFAULT);
			return;
		case ModelPackage.KVM_INIT_VM__IRQCHIP:
			setIrqchip(IRQCHIP_EDEFAULT);
			return;
		case ModelPackage.KVM_INIT_VM__PIT:
			setPit(PIT_EDEFAULT);
			return;
		case ModelPackage.KVM_INIT_VM__SUPPORTED_CPUID:
			setSupportedCpuid(SUPPORTED_CPUID_EDEFAULT);
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
		case ModelPackage.KVM_INIT_VM__IDENTITY_MAP_ADDR:
			return identityMapAddr != IDENTITY_MAP_ADDR_EDEFAULT;
		case ModelPackage.KVM_INIT_VM__TSS_ADDR:
			return tssAddr != TSS_ADDR_EDEFAULT;
		case ModelPackage.KVM_INIT_VM__IRQCHIP:
			return irqchip != IRQCHIP_EDEFAULT;
		case ModelPackage.KVM_INIT_VM__PIT:
			return pit != PIT_EDEFAULT;
		case ModelPackage.KVM_INIT_VM__SUPPORTED_CPUID:
			return supportedCpuid != SUPPORTED_CPUID_EDEFAULT;
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
		result.append(" (identityMapAddr: "); //$NON-NLS-1$
		result.append(identityMapAddr);
		result.append(", tssAddr: "); //$NON-NLS-1$
		result.append(tssAddr);
		result.append(", irqchip: "); //$NON-NLS-1$
		result.append(irqchip);
		result.append(", pit: "); //$NON-NLS-1$
		result.append(pit);
		result.append(", supportedCpuid: "); //$NON-NLS-1$
		result.append(supportedCpuid);
		result.append(')');
		return result.toString();
	}

} //KvmInitVmImpl
