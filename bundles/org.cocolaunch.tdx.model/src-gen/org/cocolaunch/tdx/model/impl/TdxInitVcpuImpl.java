/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.tdx.model.TdxInitVcpu;
import org.cocolaunch.tdx.model.TdxPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Init Vcpu</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVcpuImpl#getVcpuIndex <em>Vcpu Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVcpuImpl#getRcx <em>Rcx</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdxInitVcpuImpl#getFlags <em>Flags</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TdxInitVcpuImpl extends MinimalEObjectImpl.Container implements TdxInitVcpu {
	/**
	 * The default value of the '{@link #getVcpuIndex() <em>Vcpu Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPU_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVcpuIndex() <em>Vcpu Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpuIndex()
	 * @generated
	 * @ordered
	 */
	protected int vcpuIndex = VCPU_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRcx() <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcx()
	 * @generated
	 * @ordered
	 */
	protected static final long RCX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRcx() <em>Rcx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRcx()
	 * @generated
	 * @ordered
	 */
	protected long rcx = RCX_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TdxInitVcpuImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.TDX_INIT_VCPU;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpuIndex() {
		return vcpuIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpuIndex(int newVcpuIndex) {
		int oldVcpuIndex = vcpuIndex;
		vcpuIndex = newVcpuIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_VCPU__VCPU_INDEX, oldVcpuIndex,
					vcpuIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRcx() {
		return rcx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRcx(long newRcx) {
		long oldRcx = rcx;
		rcx = newRcx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_VCPU__RCX, oldRcx, rcx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TDX_INIT_VCPU__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case TdxPackage.TDX_INIT_VCPU__VCPU_INDEX:
			return getVcpuIndex();
		case TdxPackage.TDX_INIT_VCPU__RCX:
			return getRcx();
		case TdxPackage.TDX_INIT_VCPU__FLAGS:
			return getFlags();
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
		case TdxPackage.TDX_INIT_VCPU__VCPU_INDEX:
			setVcpuIndex((Integer) newValue);
			return;
		case TdxPackage.TDX_INIT_VCPU__RCX:
			setRcx((Long) newValue);
			return;
		case TdxPackage.TDX_INIT_VCPU__FLAGS:
			setFlags((Integer) newValue);
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
		case TdxPackage.TDX_INIT_VCPU__VCPU_INDEX:
			setVcpuIndex(VCPU_INDEX_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_VCPU__RCX:
			setRcx(RCX_EDEFAULT);
			return;
		case TdxPackage.TDX_INIT_VCPU__FLAGS:
			setFlags(FLAGS_EDEFAULT);
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
		case TdxPackage.TDX_INIT_VCPU__VCPU_INDEX:
			return vcpuIndex != VCPU_INDEX_EDEFAULT;
		case TdxPackage.TDX_INIT_VCPU__RCX:
			return rcx != RCX_EDEFAULT;
		case TdxPackage.TDX_INIT_VCPU__FLAGS:
			return flags != FLAGS_EDEFAULT;
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
		result.append(" (vcpuIndex: "); //$NON-NLS-1$
		result.append(vcpuIndex);
		result.append(", rcx: "); //$NON-NLS-1$
		result.append(rcx);
		result.append(", flags: "); //$NON-NLS-1$
		result.append(flags);
		result.append(')');
		return result.toString();
	}

} //TdxInitVcpuImpl
