/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.tdx.model.impl;

import org.cocolaunch.tdx.model.TdLifecycleState;
import org.cocolaunch.tdx.model.TdOpState;
import org.cocolaunch.tdx.model.TdParams;
import org.cocolaunch.tdx.model.TdState;
import org.cocolaunch.tdx.model.TdxPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Td State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdStateImpl#getLifecycleState <em>Lifecycle State</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdStateImpl#isHkidAssigned <em>Hkid Assigned</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdStateImpl#getOpState <em>Op State</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdStateImpl#getPagesAdded <em>Pages Added</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdStateImpl#getChunksExtended <em>Chunks Extended</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdStateImpl#getPagesAugmented <em>Pages Augmented</em>}</li>
 *   <li>{@link org.cocolaunch.tdx.model.impl.TdStateImpl#getTdParams <em>Td Params</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TdStateImpl extends MinimalEObjectImpl.Container implements TdState {
	/**
	 * The default value of the '{@link #getLifecycleState() <em>Lifecycle State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifecycleState()
	 * @generated
	 * @ordered
	 */
	protected static final TdLifecycleState LIFECYCLE_STATE_EDEFAULT = TdLifecycleState.HKID_ASSIGNED;

	/**
	 * The cached value of the '{@link #getLifecycleState() <em>Lifecycle State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLifecycleState()
	 * @generated
	 * @ordered
	 */
	protected TdLifecycleState lifecycleState = LIFECYCLE_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isHkidAssigned() <em>Hkid Assigned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHkidAssigned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HKID_ASSIGNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHkidAssigned() <em>Hkid Assigned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHkidAssigned()
	 * @generated
	 * @ordered
	 */
	protected boolean hkidAssigned = HKID_ASSIGNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpState() <em>Op State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpState()
	 * @generated
	 * @ordered
	 */
	protected static final TdOpState OP_STATE_EDEFAULT = TdOpState.UNINITIALIZED;

	/**
	 * The cached value of the '{@link #getOpState() <em>Op State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpState()
	 * @generated
	 * @ordered
	 */
	protected TdOpState opState = OP_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPagesAdded() <em>Pages Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagesAdded()
	 * @generated
	 * @ordered
	 */
	protected static final long PAGES_ADDED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPagesAdded() <em>Pages Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagesAdded()
	 * @generated
	 * @ordered
	 */
	protected long pagesAdded = PAGES_ADDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getChunksExtended() <em>Chunks Extended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChunksExtended()
	 * @generated
	 * @ordered
	 */
	protected static final long CHUNKS_EXTENDED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getChunksExtended() <em>Chunks Extended</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChunksExtended()
	 * @generated
	 * @ordered
	 */
	protected long chunksExtended = CHUNKS_EXTENDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPagesAugmented() <em>Pages Augmented</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagesAugmented()
	 * @generated
	 * @ordered
	 */
	protected static final long PAGES_AUGMENTED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPagesAugmented() <em>Pages Augmented</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPagesAugmented()
	 * @generated
	 * @ordered
	 */
	protected long pagesAugmented = PAGES_AUGMENTED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTdParams() <em>Td Params</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTdParams()
	 * @generated
	 * @ordered
	 */
	protected TdParams tdParams;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TdStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TdxPackage.Literals.TD_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdLifecycleState getLifecycleState() {
		return lifecycleState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLifecycleState(TdLifecycleState newLifecycleState) {
		TdLifecycleState oldLifecycleState = lifecycleState;
		lifecycleState = newLifecycleState == null ? LIFECYCLE_STATE_EDEFAULT : newLifecycleState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_STATE__LIFECYCLE_STATE,
					oldLifecycleState, lifecycleState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHkidAssigned() {
		return hkidAssigned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHkidAssigned(boolean newHkidAssigned) {
		boolean oldHkidAssigned = hkidAssigned;
		hkidAssigned = newHkidAssigned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_STATE__HKID_ASSIGNED, oldHkidAssigned,
					hkidAssigned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdOpState getOpState() {
		return opState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpState(TdOpState newOpState) {
		TdOpState oldOpState = opState;
		opState = newOpState == null ? OP_STATE_EDEFAULT : newOpState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_STATE__OP_STATE, oldOpState, opState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPagesAdded() {
		return pagesAdded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPagesAdded(long newPagesAdded) {
		long oldPagesAdded = pagesAdded;
		pagesAdded = newPagesAdded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_STATE__PAGES_ADDED, oldPagesAdded,
					pagesAdded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getChunksExtended() {
		return chunksExtended;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChunksExtended(long newChunksExtended) {
		long oldChunksExtended = chunksExtended;
		chunksExtended = newChunksExtended;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_STATE__CHUNKS_EXTENDED,
					oldChunksExtended, chunksExtended));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPagesAugmented() {
		return pagesAugmented;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPagesAugmented(long newPagesAugmented) {
		long oldPagesAugmented = pagesAugmented;
		pagesAugmented = newPagesAugmented;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_STATE__PAGES_AUGMENTED,
					oldPagesAugmented, pagesAugmented));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TdParams getTdParams() {
		return tdParams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTdParams(TdParams newTdParams, NotificationChain msgs) {
		TdParams oldTdParams = tdParams;
		tdParams = newTdParams;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					TdxPackage.TD_STATE__TD_PARAMS, oldTdParams, newTdParams);
			if (msgs == null)
				msgs = notification;
			else
				msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTdParams(TdParams newTdParams) {
		if (newTdParams != tdParams) {
			NotificationChain msgs = null;
			if (tdParams != null)
				msgs = ((InternalEObject) tdParams).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - TdxPackage.TD_STATE__TD_PARAMS, null, msgs);
			if (newTdParams != null)
				msgs = ((InternalEObject) newTdParams).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - TdxPackage.TD_STATE__TD_PARAMS, null, msgs);
			msgs = basicSetTdParams(newTdParams, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TdxPackage.TD_STATE__TD_PARAMS, newTdParams,
					newTdParams));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case TdxPackage.TD_STATE__TD_PARAMS:
			return basicSetTdParams(null, msgs);
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
		case TdxPackage.TD_STATE__LIFECYCLE_STATE:
			return getLifecycleState();
		case TdxPackage.TD_STATE__HKID_ASSIGNED:
			return isHkidAssigned();
		case TdxPackage.TD_STATE__OP_STATE:
			return getOpState();
		case TdxPackage.TD_STATE__PAGES_ADDED:
			return getPagesAdded();
		case TdxPackage.TD_STATE__CHUNKS_EXTENDED:
			return getChunksExtended();
		case TdxPackage.TD_STATE__PAGES_AUGMENTED:
			return getPagesAugmented();
		case TdxPackage.TD_STATE__TD_PARAMS:
			return getTdParams();
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
		case TdxPackage.TD_STATE__LIFECYCLE_STATE:
			setLifecycleState((TdLifecycleState) newValue);
			return;
		case TdxPackage.TD_STATE__HKID_ASSIGNED:
			setHkidAssigned((Boolean) newValue);
			return;
		case TdxPackage.TD_STATE__OP_STATE:
			setOpState((TdOpState) newValue);
			return;
		case TdxPackage.TD_STATE__PAGES_ADDED:
			setPagesAdded((Long) newValue);
			return;
		case TdxPackage.TD_STATE__CHUNKS_EXTENDED:
			setChunksExtended((Long) newValue);
			return;
		case TdxPackage.TD_STATE__PAGES_AUGMENTED:
			setPagesAugmented((Long) newValue);
			return;
		case TdxPackage.TD_STATE__TD_PARAMS:
			setTdParams((TdParams) newValue);
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
		case TdxPackage.TD_STATE__LIFECYCLE_STATE:
			setLifecycleState(LIFECYCLE_STATE_EDEFAULT);
			return;
		case TdxPackage.TD_STATE__HKID_ASSIGNED:
			setHkidAssigned(HKID_ASSIGNED_EDEFAULT);
			return;
		case TdxPackage.TD_STATE__OP_STATE:
			setOpState(OP_STATE_EDEFAULT);
			return;
		case TdxPackage.TD_STATE__PAGES_ADDED:
			setPagesAdded(PAGES_ADDED_EDEFAULT);
			return;
		case TdxPackage.TD_STATE__CHUNKS_EXTENDED:
			setChunksExtended(CHUNKS_EXTENDED_EDEFAULT);
			return;
		case TdxPackage.TD_STATE__PAGES_AUGMENTED:
			setPagesAugmented(PAGES_AUGMENTED_EDEFAULT);
			return;
		case TdxPackage.TD_STATE__TD_PARAMS:
			setTdParams((TdParams) null);
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
		case TdxPackage.TD_STATE__LIFECYCLE_STATE:
			return lifecycleState != LIFECYCLE_STATE_EDEFAULT;
		case TdxPackage.TD_STATE__HKID_ASSIGNED:
			return hkidAssigned != HKID_ASSIGNED_EDEFAULT;
		case TdxPackage.TD_STATE__OP_STATE:
			return opState != OP_STATE_EDEFAULT;
		case TdxPackage.TD_STATE__PAGES_ADDED:
			return pagesAdded != PAGES_ADDED_EDEFAULT;
		case TdxPackage.TD_STATE__CHUNKS_EXTENDED:
			return chunksExtended != CHUNKS_EXTENDED_EDEFAULT;
		case TdxPackage.TD_STATE__PAGES_AUGMENTED:
			return pagesAugmented != PAGES_AUGMENTED_EDEFAULT;
		case TdxPackage.TD_STATE__TD_PARAMS:
			return tdParams != null;
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
		result.append(" (lifecycleState: "); //$NON-NLS-1$
		result.append(lifecycleState);
		result.append(", hkidAssigned: "); //$NON-NLS-1$
		result.append(hkidAssigned);
		result.append(", opState: "); //$NON-NLS-1$
		result.append(opState);
		result.append(", pagesAdded: "); //$NON-NLS-1$
		result.append(pagesAdded);
		result.append(", chunksExtended: "); //$NON-NLS-1$
		result.append(chunksExtended);
		result.append(", pagesAugmented: "); //$NON-NLS-1$
		result.append(pagesAugmented);
		result.append(')');
		return result.toString();
	}

} //TdStateImpl
