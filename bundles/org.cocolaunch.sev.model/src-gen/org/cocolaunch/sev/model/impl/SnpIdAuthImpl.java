/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.cocolaunch.sev.model.impl;

import org.cocolaunch.sev.model.EcdsaPublicKey;
import org.cocolaunch.sev.model.EcdsaSignature;
import org.cocolaunch.sev.model.SevPackage;
import org.cocolaunch.sev.model.SnpIdAuth;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Snp Id Auth</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdAuthImpl#getIdKeyAlgo <em>Id Key Algo</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdAuthImpl#getAuthKeyAlgo <em>Auth Key Algo</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdAuthImpl#getIdBlockSig <em>Id Block Sig</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdAuthImpl#getIdKey <em>Id Key</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdAuthImpl#getIdKeySig <em>Id Key Sig</em>}</li>
 *   <li>{@link org.cocolaunch.sev.model.impl.SnpIdAuthImpl#getAuthorKey <em>Author Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SnpIdAuthImpl extends MinimalEObjectImpl.Container implements SnpIdAuth {
	/**
	 * The default value of the '{@link #getIdKeyAlgo() <em>Id Key Algo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdKeyAlgo()
	 * @generated
	 * @ordered
	 */
	protected static final int ID_KEY_ALGO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIdKeyAlgo() <em>Id Key Algo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdKeyAlgo()
	 * @generated
	 * @ordered
	 */
	protected int idKeyAlgo = ID_KEY_ALGO_EDEFAULT;

	/**
	 * This is true if the Id Key Algo attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean idKeyAlgoESet;

	/**
	 * The default value of the '{@link #getAuthKeyAlgo() <em>Auth Key Algo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthKeyAlgo()
	 * @generated
	 * @ordered
	 */
	protected static final int AUTH_KEY_ALGO_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAuthKeyAlgo() <em>Auth Key Algo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthKeyAlgo()
	 * @generated
	 * @ordered
	 */
	protected int authKeyAlgo = AUTH_KEY_ALGO_EDEFAULT;

	/**
	 * This is true if the Auth Key Algo attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean authKeyAlgoESet;

	/**
	 * The cached value of the '{@link #getIdBlockSig() <em>Id Block Sig</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdBlockSig()
	 * @generated
	 * @ordered
	 */
	protected EcdsaSignature idBlockSig;

	/**
	 * The cached value of the '{@link #getIdKey() <em>Id Key</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdKey()
	 * @generated
	 * @ordered
	 */
	protected EcdsaPublicKey idKey;

	/**
	 * The cached value of the '{@link #getIdKeySig() <em>Id Key Sig</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdKeySig()
	 * @generated
	 * @ordered
	 */
	protected EcdsaSignature idKeySig;

	/**
	 * The cached value of the '{@link #getAuthorKey() <em>Author Key</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorKey()
	 * @generated
	 * @ordered
	 */
	protected EcdsaPublicKey authorKey;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SnpIdAuthImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SevPackage.Literals.SNP_ID_AUTH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIdKeyAlgo() {
		return idKeyAlgo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdKeyAlgo(int newIdKeyAlgo) {
		int oldIdKeyAlgo = idKeyAlgo;
		idKeyAlgo = newIdKeyAlgo;
		boolean oldIdKeyAlgoESet = idKeyAlgoESet;
		idKeyAlgoESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_AUTH__ID_KEY_ALGO, oldIdKeyAlgo,
					idKeyAlgo, !oldIdKeyAlgoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIdKeyAlgo() {
		int oldIdKeyAlgo = idKeyAlgo;
		boolean oldIdKeyAlgoESet = idKeyAlgoESet;
		idKeyAlgo = ID_KEY_ALGO_EDEFAULT;
		idKeyAlgoESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_ID_AUTH__ID_KEY_ALGO, oldIdKeyAlgo,
					ID_KEY_ALGO_EDEFAULT, oldIdKeyAlgoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIdKeyAlgo() {
		return idKeyAlgoESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAuthKeyAlgo() {
		return authKeyAlgo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthKeyAlgo(int newAuthKeyAlgo) {
		int oldAuthKeyAlgo = authKeyAlgo;
		authKeyAlgo = newAuthKeyAlgo;
		boolean oldAuthKeyAlgoESet = authKeyAlgoESet;
		authKeyAlgoESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_AUTH__AUTH_KEY_ALGO, oldAuthKeyAlgo,
					authKeyAlgo, !oldAuthKeyAlgoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAuthKeyAlgo() {
		int oldAuthKeyAlgo = authKeyAlgo;
		boolean oldAuthKeyAlgoESet = authKeyAlgoESet;
		authKeyAlgo = AUTH_KEY_ALGO_EDEFAULT;
		authKeyAlgoESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, SevPackage.SNP_ID_AUTH__AUTH_KEY_ALGO,
					oldAuthKeyAlgo, AUTH_KEY_ALGO_EDEFAULT, oldAuthKeyAlgoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAuthKeyAlgo() {
		return authKeyAlgoESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcdsaSignature getIdBlockSig() {
		return idBlockSig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdBlockSig(EcdsaSignature newIdBlockSig, NotificationChain msgs) {
		EcdsaSignature oldIdBlockSig = idBlockSig;
		idBlockSig = newIdBlockSig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG, oldIdBlockSig, newIdBlockSig);
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
	public void setIdBlockSig(EcdsaSignature newIdBlockSig) {
		if (newIdBlockSig != idBlockSig) {
			NotificationChain msgs = null;
			if (idBlockSig != null)
				msgs = ((InternalEObject) idBlockSig).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG, null, msgs);
			if (newIdBlockSig != null)
				msgs = ((InternalEObject) newIdBlockSig).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG, null, msgs);
			msgs = basicSetIdBlockSig(newIdBlockSig, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG, newIdBlockSig,
					newIdBlockSig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcdsaPublicKey getIdKey() {
		return idKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdKey(EcdsaPublicKey newIdKey, NotificationChain msgs) {
		EcdsaPublicKey oldIdKey = idKey;
		idKey = newIdKey;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					SevPackage.SNP_ID_AUTH__ID_KEY, oldIdKey, newIdKey);
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
	public void setIdKey(EcdsaPublicKey newIdKey) {
		if (newIdKey != idKey) {
			NotificationChain msgs = null;
			if (idKey != null)
				msgs = ((InternalEObject) idKey).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_ID_AUTH__ID_KEY, null, msgs);
			if (newIdKey != null)
				msgs = ((InternalEObject) newIdKey).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_ID_AUTH__ID_KEY, null, msgs);
			msgs = basicSetIdKey(newIdKey, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_AUTH__ID_KEY, newIdKey, newIdKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcdsaSignature getIdKeySig() {
		return idKeySig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdKeySig(EcdsaSignature newIdKeySig, NotificationChain msgs) {
		EcdsaSignature oldIdKeySig = idKeySig;
		idKeySig = newIdKeySig;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					SevPackage.SNP_ID_AUTH__ID_KEY_SIG, oldIdKeySig, newIdKeySig);
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
	public void setIdKeySig(EcdsaSignature newIdKeySig) {
		if (newIdKeySig != idKeySig) {
			NotificationChain msgs = null;
			if (idKeySig != null)
				msgs = ((InternalEObject) idKeySig).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_ID_AUTH__ID_KEY_SIG, null, msgs);
			if (newIdKeySig != null)
				msgs = ((InternalEObject) newIdKeySig).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_ID_AUTH__ID_KEY_SIG, null, msgs);
			msgs = basicSetIdKeySig(newIdKeySig, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_AUTH__ID_KEY_SIG, newIdKeySig,
					newIdKeySig));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EcdsaPublicKey getAuthorKey() {
		return authorKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAuthorKey(EcdsaPublicKey newAuthorKey, NotificationChain msgs) {
		EcdsaPublicKey oldAuthorKey = authorKey;
		authorKey = newAuthorKey;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET,
					SevPackage.SNP_ID_AUTH__AUTHOR_KEY, oldAuthorKey, newAuthorKey);
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
	public void setAuthorKey(EcdsaPublicKey newAuthorKey) {
		if (newAuthorKey != authorKey) {
			NotificationChain msgs = null;
			if (authorKey != null)
				msgs = ((InternalEObject) authorKey).eInverseRemove(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_ID_AUTH__AUTHOR_KEY, null, msgs);
			if (newAuthorKey != null)
				msgs = ((InternalEObject) newAuthorKey).eInverseAdd(this,
						EOPPOSITE_FEATURE_BASE - SevPackage.SNP_ID_AUTH__AUTHOR_KEY, null, msgs);
			msgs = basicSetAuthorKey(newAuthorKey, msgs);
			if (msgs != null)
				msgs.dispatch();
		} else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SevPackage.SNP_ID_AUTH__AUTHOR_KEY, newAuthorKey,
					newAuthorKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
		case SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG:
			return basicSetIdBlockSig(null, msgs);
		case SevPackage.SNP_ID_AUTH__ID_KEY:
			return basicSetIdKey(null, msgs);
		case SevPackage.SNP_ID_AUTH__ID_KEY_SIG:
			return basicSetIdKeySig(null, msgs);
		case SevPackage.SNP_ID_AUTH__AUTHOR_KEY:
			return basicSetAuthorKey(null, msgs);
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
		case SevPackage.SNP_ID_AUTH__ID_KEY_ALGO:
			return getIdKeyAlgo();
		case SevPackage.SNP_ID_AUTH__AUTH_KEY_ALGO:
			return getAuthKeyAlgo();
		case SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG:
			return getIdBlockSig();
		case SevPackage.SNP_ID_AUTH__ID_KEY:
			return getIdKey();
		case SevPackage.SNP_ID_AUTH__ID_KEY_SIG:
			return getIdKeySig();
		case SevPackage.SNP_ID_AUTH__AUTHOR_KEY:
			return getAuthorKey();
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
		case SevPackage.SNP_ID_AUTH__ID_KEY_ALGO:
			setIdKeyAlgo((Integer) newValue);
			return;
		case SevPackage.SNP_ID_AUTH__AUTH_KEY_ALGO:
			setAuthKeyAlgo((Integer) newValue);
			return;
		case SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG:
			setIdBlockSig((EcdsaSignature) newValue);
			return;
		case SevPackage.SNP_ID_AUTH__ID_KEY:
			setIdKey((EcdsaPublicKey) newValue);
			return;
		case SevPackage.SNP_ID_AUTH__ID_KEY_SIG:
			setIdKeySig((EcdsaSignature) newValue);
			return;
		case SevPackage.SNP_ID_AUTH__AUTHOR_KEY:
			setAuthorKey((EcdsaPublicKey) newValue);
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
		case SevPackage.SNP_ID_AUTH__ID_KEY_ALGO:
			unsetIdKeyAlgo();
			return;
		case SevPackage.SNP_ID_AUTH__AUTH_KEY_ALGO:
			unsetAuthKeyAlgo();
			return;
		case SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG:
			setIdBlockSig((EcdsaSignature) null);
			return;
		case SevPackage.SNP_ID_AUTH__ID_KEY:
			setIdKey((EcdsaPublicKey) null);
			return;
		case SevPackage.SNP_ID_AUTH__ID_KEY_SIG:
			setIdKeySig((EcdsaSignature) null);
			return;
		case SevPackage.SNP_ID_AUTH__AUTHOR_KEY:
			setAuthorKey((EcdsaPublicKey) null);
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
		case SevPackage.SNP_ID_AUTH__ID_KEY_ALGO:
			return isSetIdKeyAlgo();
		case SevPackage.SNP_ID_AUTH__AUTH_KEY_ALGO:
			return isSetAuthKeyAlgo();
		case SevPackage.SNP_ID_AUTH__ID_BLOCK_SIG:
			return idBlockSig != null;
		case SevPackage.SNP_ID_AUTH__ID_KEY:
			return idKey != null;
		case SevPackage.SNP_ID_AUTH__ID_KEY_SIG:
			return idKeySig != null;
		case SevPackage.SNP_ID_AUTH__AUTHOR_KEY:
			return authorKey != null;
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
		result.append(" (idKeyAlgo: "); //$NON-NLS-1$
		if (idKeyAlgoESet)
			result.append(idKeyAlgo);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(", authKeyAlgo: "); //$NON-NLS-1$
		if (authKeyAlgoESet)
			result.append(authKeyAlgo);
		else
			result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //SnpIdAuthImpl
