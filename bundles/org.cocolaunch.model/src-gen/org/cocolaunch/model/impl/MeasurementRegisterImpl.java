/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import java.util.Collection;

import org.cocolaunch.model.MeasurementRegister;
import org.cocolaunch.model.ModelPackage;
import org.cocolaunch.model.RegisterUpdate;

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
 * An implementation of the model object '<em><b>Measurement Register</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.MeasurementRegisterImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.MeasurementRegisterImpl#getWidthBits <em>Width Bits</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.MeasurementRegisterImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.MeasurementRegisterImpl#getHistory <em>History</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeasurementRegisterImpl extends MinimalEObjectImpl.Container implements MeasurementRegister {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidthBits() <em>Width Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthBits()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_BITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidthBits() <em>Width Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidthBits()
	 * @generated
	 * @ordered
	 */
	protected int widthBits = WIDTH_BITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected byte[] value = VALUE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHistory() <em>History</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHistory()
	 * @generated
	 * @ordered
	 */
	protected EList<RegisterUpdate> history;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeasurementRegisterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MEASUREMENT_REGISTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEASUREMENT_REGISTER__NAME, oldName,
					name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidthBits() {
		return widthBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidthBits(int newWidthBits) {
		int oldWidthBits = widthBits;
		widthBits = newWidthBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEASUREMENT_REGISTER__WIDTH_BITS,
					oldWidthBits, widthBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(byte[] newValue) {
		byte[] oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEASUREMENT_REGISTER__VALUE, oldValue,
					value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegisterUpdate> getHistory() {
		if (history == null) {
			history = new EObjectContainmentEList<RegisterUpdate>(RegisterUpdate.class, this,
					ModelPackage.MEASUREMENT_REGISTER__HISTORY);
		}
		return history;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case ModelPackage.MEASUREMENT_REGISTER__HISTORY:
			return ((InternalEList<?>) getHistory()).basicRemove(otherEnd, msgs);
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
		case ModelPackage.MEASUREMENT_REGISTER__NAME:
			return getName();
		case ModelPackage.MEASUREMENT_REGISTER__WIDTH_BITS:
			return getWidthBits();
		case ModelPackage.MEASUREMENT_REGISTER__VALUE:
			return getValue();
		case ModelPackage.MEASUREMENT_REGISTER__HISTORY:
			return getHistory();
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
		case ModelPackage.MEASUREMENT_REGISTER__NAME:
			setName((String) newValue);
			return;
		case ModelPackage.MEASUREMENT_REGISTER__WIDTH_BITS:
			setWidthBits((Integer) newValue);
			return;
		case ModelPackage.MEASUREMENT_REGISTER__VALUE:
			setValue((byte[]) newValue);
			return;
		case ModelPackage.MEASUREMENT_REGISTER__HISTORY:
			getHistory().clear();
			getHistory().addAll((Collection<? extends RegisterUpdate>) newValue);
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
		case ModelPackage.MEASUREMENT_REGISTER__NAME:
			setName(NAME_EDEFAULT);
			return;
		case ModelPackage.MEASUREMENT_REGISTER__WIDTH_BITS:
			setWidthBits(WIDTH_BITS_EDEFAULT);
			return;
		case ModelPackage.MEASUREMENT_REGISTER__VALUE:
			setValue(VALUE_EDEFAULT);
			return;
		case ModelPackage.MEASUREMENT_REGISTER__HISTORY:
			getHistory().clear();
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
		case ModelPackage.MEASUREMENT_REGISTER__NAME:
			return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
		case ModelPackage.MEASUREMENT_REGISTER__WIDTH_BITS:
			return widthBits != WIDTH_BITS_EDEFAULT;
		case ModelPackage.MEASUREMENT_REGISTER__VALUE:
			return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
		case ModelPackage.MEASUREMENT_REGISTER__HISTORY:
			return history != null && !history.isEmpty();
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", widthBits: "); //$NON-NLS-1$
		result.append(widthBits);
		result.append(", value: "); //$NON-NLS-1$
		result.append(value);
		result.append(')');
		return result.toString();
	}

} //MeasurementRegisterImpl
