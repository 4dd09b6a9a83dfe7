/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.tdx.model.TdVcpuState;
import org.cocolaunch.tdx.model.TdxPackage;
import org.cocolaunch.tdx.model.VcpuTdState;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Td Vcpu State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdVcpuStateImpl#getVcpuIndex <em>Vcpu Index</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdVcpuStateImpl#getState <em>State</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdVcpuStateImpl#getX2apicId <em>X2apic Id</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdVcpuStateImpl#getRcx <em>Rcx</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdVcpuStateImpl#getRip <em>Rip</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdVcpuStateImpl#isRegistersReadable <em>Registers Readable</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TdVcpuStateImpl extends MinimalEObjectImpl.Container implements TdVcpuState {
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
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final VcpuTdState STATE_EDEFAULT = VcpuTdState.UNINITIALIZED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected VcpuTdState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getX2apicId() <em>X2apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX2apicId()
	 * @generated
	 * @ordered
	 */
	protected static final int X2APIC_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getX2apicId() <em>X2apic Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX2apicId()
	 * @generated
	 * @ordered
	 */
	protected int x2apicId = X2APIC_ID_EDEFAULT;

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
	 * The default value of the '{@link #getRip() <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRip()
	 * @generated
	 * @ordered
	 */
	protected static final long RIP_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRip() <em>Rip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRip()
	 * @generated
	 * @ordered
	 */
	protected long rip = RIP_EDEFAULT;

	/**
	 * The default value of the '{@link #isRegistersReadable() <em>Registers Readable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRegistersReadable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REGISTERS_READABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRegistersReadable() <em>Registers Readable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRegistersReadable()
	 * @generated
	 * @ordered
	 */
	protected boolean registersReadable = REGISTERS_READABLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TdVcpuStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.TD_VCPU_STATE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_VCPU_STATE__VCPU_INDEX, oldVcpuIndex,
					vcpuIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VcpuTdState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(VcpuTdState newState) {
		VcpuTdState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_VCPU_STATE__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getX2apicId() {
		return x2apicId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX2apicId(int newX2apicId) {
		int oldX2apicId = x2apicId;
		x2apicId = newX2apicId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_VCPU_STATE__X2APIC_ID, oldX2apicId,
					x2apicId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_VCPU_STATE__RCX, oldRcx, rcx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRip() {
		return rip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRip(long newRip) {
		long oldRip = rip;
		rip = newRip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_VCPU_STATE__RIP, oldRip, rip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRegistersReadable() {
		return registersReadable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistersReadable(boolean newRegistersReadable) {
		boolean oldRegistersReadable = registersReadable;
		registersReadable = newRegistersReadable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_VCPU_STATE__REGISTERS_READABLE,
					oldRegistersReadable, registersReadable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case TdxPackage.TD_VCPU_STATE__VCPU_INDEX:
			return getVcpuIndex();
		case TdxPackage.TD_VCPU_STATE__STATE:
			return getState();
		case TdxPackage.TD_VCPU_STATE__X2APIC_ID:
			return getX2apicId();
		case TdxPackage.TD_VCPU_STATE__RCX:
			return getRcx();
		case TdxPackage.TD_VCPU_STATE__RIP:
			return getRip();
		case TdxPackage.TD_VCPU_STATE__REGISTERS_READABLE:
			return isRegistersReadable();
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
		case TdxPackage.TD_VCPU_STATE__VCPU_INDEX:
			setVcpuIndex((Integer) newValue);
			return;
		case TdxPackage.TD_VCPU_STATE__STATE:
			setState((VcpuTdState) newValue);
			return;
		case TdxPackage.TD_VCPU_STATE__X2APIC_ID:
			setX2apicId((Integer) newValue);
			return;
		case TdxPackage.TD_VCPU_STATE__RCX:
			setRcx((Long) newValue);
			return;
		case TdxPackage.TD_VCPU_STATE__RIP:
			setRip((Long) newValue);
			return;
		case TdxPackage.TD_VCPU_STATE__REGISTERS_READABLE:
			setRegistersReadable((Boolean) newValue);
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
		case TdxPackage.TD_VCPU_STATE__VCPU_INDEX:
			setVcpuIndex(VCPU_INDEX_EDEFAULT);
			return;
		case TdxPackage.TD_VCPU_STATE__STATE:
			setState(STATE_EDEFAULT);
			return;
		case TdxPackage.TD_VCPU_STATE__X2APIC_ID:
			setX2apicId(X2APIC_ID_EDEFAULT);
			return;
		case TdxPackage.TD_VCPU_STATE__RCX:
			setRcx(RCX_EDEFAULT);
			return;
		case TdxPackage.TD_VCPU_STATE__RIP:
			setRip(RIP_EDEFAULT);
			return;
		case TdxPackage.TD_VCPU_STATE__REGISTERS_READABLE:
			setRegistersReadable(REGISTERS_READABLE_EDEFAULT);
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
		case TdxPackage.TD_VCPU_STATE__VCPU_INDEX:
			return vcpuIndex != VCPU_INDEX_EDEFAULT;
		case TdxPackage.TD_VCPU_STATE__STATE:
			return state != STATE_EDEFAULT;
		case TdxPackage.TD_VCPU_STATE__X2APIC_ID:
			return x2apicId != X2APIC_ID_EDEFAULT;
		case TdxPackage.TD_VCPU_STATE__RCX:
			return rcx != RCX_EDEFAULT;
		case TdxPackage.TD_VCPU_STATE__RIP:
			return rip != RIP_EDEFAULT;
		case TdxPackage.TD_VCPU_STATE__REGISTERS_READABLE:
			return registersReadable != REGISTERS_READABLE_EDEFAULT;
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
		result.append(", state: "); //$NON-NLS-1$
		result.append(state);
		result.append(", x2apicId: "); //$NON-NLS-1$
		result.append(x2apicId);
		result.append(", rcx: "); //$NON-NLS-1$
		result.append(rcx);
		result.append(", rip: "); //$NON-NLS-1$
		result.append(rip);
		result.append(", registersReadable: "); //$NON-NLS-1$
		result.append(registersReadable);
		result.append(')');
		return result.toString();
	}

} //TdVcpuStateImpl
