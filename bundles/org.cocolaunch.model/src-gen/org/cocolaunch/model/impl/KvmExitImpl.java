/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.model.impl;

import org.cocolaunch.model.KvmExit;
import org.cocolaunch.model.KvmExitReason;
import org.cocolaunch.model.ModelPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kvm Exit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getExitReason <em>Exit Reason</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#isWrite <em>Write</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getSize <em>Size</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getData <em>Data</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getSubcode <em>Subcode</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getDetails <em>Details</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getRip <em>Rip</em>}</li>
 *   <li>{@link org.cocolaunch.model.impl.KvmExitImpl#getCsBase <em>Cs Base</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KvmExitImpl extends MinimalEObjectImpl.Container implements KvmExit {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final KvmExitReason REASON_EDEFAULT = KvmExitReason.IO;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected KvmExitReason reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getExitReason() <em>Exit Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitReason()
	 * @generated
	 * @ordered
	 */
	protected static final int EXIT_REASON_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getExitReason() <em>Exit Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExitReason()
	 * @generated
	 * @ordered
	 */
	protected int exitReason = EXIT_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected int port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #isWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrite()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrite()
	 * @generated
	 * @ordered
	 */
	protected boolean write = WRITE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSize() <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSize()
	 * @generated
	 * @ordered
	 */
	protected int size = SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected static final byte[] DATA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getData()
	 * @generated
	 * @ordered
	 */
	protected byte[] data = DATA_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDRESS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected long address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubcode() <em>Subcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubcode()
	 * @generated
	 * @ordered
	 */
	protected static final long SUBCODE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSubcode() <em>Subcode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubcode()
	 * @generated
	 * @ordered
	 */
	protected long subcode = SUBCODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDetails() <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected static final String DETAILS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetails() <em>Details</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected String details = DETAILS_EDEFAULT;

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
	 * The default value of the '{@link #getCsBase() <em>Cs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsBase()
	 * @generated
	 * @ordered
	 */
	protected static final long CS_BASE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCsBase() <em>Cs Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsBase()
	 * @generated
	 * @ordered
	 */
	protected long csBase = CS_BASE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KvmExitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.KVM_EXIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KvmExitReason getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(KvmExitReason newReason) {
		KvmExitReason oldReason = reason;
		reason = newReason == null ? REASON_EDEFAULT : newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExitReason() {
		return exitReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExitReason(int newExitReason) {
		int oldExitReason = exitReason;
		exitReason = newExitReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__EXIT_REASON, oldExitReason,
					exitReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(int newPort) {
		int oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWrite() {
		return write;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrite(boolean newWrite) {
		boolean oldWrite = write;
		write = newWrite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__WRITE, oldWrite, write));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSize() {
		return size;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSize(int newSize) {
		int oldSize = size;
		size = newSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__SIZE, oldSize, size));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public byte[] getData() {
		return data;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setData(byte[] newData) {
		byte[] oldData = data;
		data = newData;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__DATA, oldData, data));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(long newAddress) {
		long oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSubcode() {
		return subcode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubcode(long newSubcode) {
		long oldSubcode = subcode;
		subcode = newSubcode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__SUBCODE, oldSubcode, subcode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDetails() {
		return details;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetails(String newDetails) {
		String oldDetails = details;
		details = newDetails;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__DETAILS, oldDetails, details));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__RIP, oldRip, rip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCsBase() {
		return csBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCsBase(long newCsBase) {
		long oldCsBase = csBase;
		csBase = newCsBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.KVM_EXIT__CS_BASE, oldCsBase, csBase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
		case ModelPackage.KVM_EXIT__INDEX:
			return getIndex();
		case ModelPackage.KVM_EXIT__REASON:
			return getReason();
		case ModelPackage.KVM_EXIT__EXIT_REASON:
			return getExitReason();
		case ModelPackage.KVM_EXIT__PORT:
			return getPort();
		case ModelPackage.KVM_EXIT__WRITE:
			return isWrite();
		case ModelPackage.KVM_EXIT__SIZE:
			return getSize();
		case ModelPackage.KVM_EXIT__COUNT:
			return getCount();
		case ModelPackage.KVM_EXIT__DATA:
			return getData();
		case ModelPackage.KVM_EXIT__ADDRESS:
			return getAddress();
		case ModelPackage.KVM_EXIT__SUBCODE:
			return getSubcode();
		case ModelPackage.KVM_EXIT__DETAILS:
			return getDetails();
		case ModelPackage.KVM_EXIT__RIP:
			return getRip();
		case ModelPackage.KVM_EXIT__CS_BASE:
			return getCsBase();
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
		case ModelPackage.KVM_EXIT__INDEX:
			setIndex((Integer) newValue);
			return;
		case ModelPackage.KVM_EXIT__REASON:
			setReason((KvmExitReason) newValue);
			return;
		case ModelPackage.KVM_EXIT__EXIT_REASON:
			setExitReason((Integer) newValue);
			return;
		case ModelPackage.KVM_EXIT__PORT:
			setPort((Integer) newValue);
			return;
		case ModelPackage.KVM_EXIT__WRITE:
			setWrite((Boolean) newValue);
			return;
		case ModelPackage.KVM_EXIT__SIZE:
			setSize((Integer) newValue);
			return;
		case ModelPackage.KVM_EXIT__COUNT:
			setCount((Integer) newValue);
			return;
		case ModelPackage.KVM_EXIT__DATA:
			setData((byte[]) newValue);
			return;
		case ModelPackage.KVM_EXIT__ADDRESS:
			setAddress((Long) newValue);
			return;
		case ModelPackage.KVM_EXIT__SUBCODE:
			setSubcode((Long) newValue);
			return;
		case ModelPackage.KVM_EXIT__DETAILS:
			setDetails((String) newValue);
			return;
		case ModelPackage.KVM_EXIT__RIP:
			setRip((Long) newValue);
			return;
		case ModelPackage.KVM_EXIT__CS_BASE:
			setCsBase((Long) newValue);
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
		case ModelPackage.KVM_EXIT__INDEX:
			setIndex(INDEX_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__REASON:
			setReason(REASON_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__EXIT_REASON:
			setExitReason(EXIT_REASON_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__PORT:
			setPort(PORT_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__WRITE:
			setWrite(WRITE_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__SIZE:
			setSize(SIZE_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__COUNT:
			setCount(COUNT_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__DATA:
			setData(DATA_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__ADDRESS:
			setAddress(ADDRESS_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__SUBCODE:
			setSubcode(SUBCODE_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__DETAILS:
			setDetails(DETAILS_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__RIP:
			setRip(RIP_EDEFAULT);
			return;
		case ModelPackage.KVM_EXIT__CS_BASE:
			setCsBase(CS_BASE_EDEFAULT);
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
		case ModelPackage.KVM_EXIT__INDEX:
			return index != INDEX_EDEFAULT;
		case ModelPackage.KVM_EXIT__REASON:
			return reason != REASON_EDEFAULT;
		case ModelPackage.KVM_EXIT__EXIT_REASON:
			return exitReason != EXIT_REASON_EDEFAULT;
		case ModelPackage.KVM_EXIT__PORT:
			return port != PORT_EDEFAULT;
		case ModelPackage.KVM_EXIT__WRITE:
			return write != WRITE_EDEFAULT;
		case ModelPackage.KVM_EXIT__SIZE:
			return size != SIZE_EDEFAULT;
		case ModelPackage.KVM_EXIT__COUNT:
			return count != COUNT_EDEFAULT;
		case ModelPackage.KVM_EXIT__DATA:
			return DATA_EDEFAULT == null ? data != null : !DATA_EDEFAULT.equals(data);
		case ModelPackage.KVM_EXIT__ADDRESS:
			return address != ADDRESS_EDEFAULT;
		case ModelPackage.KVM_EXIT__SUBCODE:
			return subcode != SUBCODE_EDEFAULT;
		case ModelPackage.KVM_EXIT__DETAILS:
			return DETAILS_EDEFAULT == null ? details != null : !DETAILS_EDEFAULT.equals(details);
		case ModelPackage.KVM_EXIT__RIP:
			return rip != RIP_EDEFAULT;
		case ModelPackage.KVM_EXIT__CS_BASE:
			return csBase != CS_BASE_EDEFAULT;
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
		result.append(" (index: "); //$NON-NLS-1$
		result.append(index);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(", exitReason: "); //$NON-NLS-1$
		result.append(exitReason);
		result.append(", port: "); //$NON-NLS-1$
		result.append(port);
		result.append(", write: "); //$NON-NLS-1$
		result.append(write);
		result.append(", size: "); //$NON-NLS-1$
		result.append(size);
		result.append(", count: "); //$NON-NLS-1$
		result.append(count);
		result.append(", data: "); //$NON-NLS-1$
		result.append(data);
		result.append(", address: "); //$NON-NLS-1$
		result.append(address);
		result.append(", subcode: "); //$NON-NLS-1$
		result.append(subcode);
		result.append(", details: "); //$NON-NLS-1$
		result.append(details);
		result.append(", rip: "); //$NON-NLS-1$
		result.append(rip);
		result.append(", csBase: "); //$NON-NLS-1$
		result.append(csBase);
		result.append(')');
		return result.toString();
	}

} //KvmExitImpl
